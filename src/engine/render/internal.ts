import type { Parents, Root, RootContent } from 'mdast';

const START = /<!--\s*internal\s*-->/i;
const END = /<!--\s*\/internal\s*-->/i;
const COMMENT_ONLY = /^\s*(?:<!--[^]*?-->\s*)+$/;

/**
 * Removes what readers must never see: front matter, HTML comments, and everything between
 * `<!-- internal -->` and `<!-- /internal -->` (an unclosed block runs to the end of its parent).
 */
export function stripInternal(tree: Root): Root {
  strip(tree);
  return tree;
}

function strip(parent: Parents): void {
  const kept: RootContent[] = [];
  let hiding = false;
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'html') {
      const value = child.value;
      const start = START.exec(value);
      const end = END.exec(value);
      if (start && (!end || end.index < start.index)) {
        hiding = true;
        continue;
      }
      if (end && hiding) {
        hiding = false;
        continue;
      }
      if (start && end) continue;
      if (COMMENT_ONLY.test(value)) continue;
    }
    if (hiding) continue;
    if (child.type === 'yaml' || (child as { type: string }).type === 'toml') continue;
    if ('children' in child) strip(child as Parents);
    kept.push(child);
  }
  (parent as { children: RootContent[] }).children = kept;
}
