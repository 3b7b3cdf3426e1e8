import type { Root as HastRoot, Element } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readFrontMatter } from '../front-matter';
import { createProcessor } from '../processor';
import { formatDuration, formatUtc } from './duration';
import { stripInternal } from './internal';
import { toPlainText } from './plain-text';
import { SCHEMA } from './sanitize';
import { findTimeline } from './timeline';
import { EMAIL_STYLES, BADGE_COLOURS } from './styles';

export type View = 'status-page' | 'email' | 'text';

export interface RenderOptions {
  view: View;
  /** Rewrites an image source for display; return undefined to drop the image. */
  resolveImage?: (src: string) => string | undefined;
  /** Phrases to mark in the status-page and email views, with the finding's message as a tooltip. */
  highlights?: Array<{ text: string; message: string }>;
  /** Character limit of the target (e.g. 4096 for a status update); the body's plain-text length is compared. */
  maxLength?: number;
}

export interface Rendered {
  view: View;
  title: string;
  /** The email subject line (email view). */
  subject?: string;
  /** HTML for the status-page and email views, plain text for the text view. */
  output: string;
  /** Plain-text length of what the reader sees, and whether it is over `maxLength`. */
  length: number;
  overLimit: boolean;
}

const markdown = createProcessor().markdown;

/** Renders an incident document as its reader will see it. Pure: no file system, no network. */
export function renderDocument(text: string, options: RenderOptions): Rendered {
  const front = readFrontMatter(text);
  const data = front?.data ?? {};
  const tree = stripInternal(markdown.runSync(markdown.parse(text)) as MdastRoot);
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : firstHeading(tree) ?? 'Incident update';
  // The title is shown once, as the card's title or the subject line.
  const first = tree.children[0];
  if (first?.type === 'heading' && plainTextOf(first) === title) tree.children.shift();
  const plain = toPlainText(tree);
  const length = plain.length;
  const overLimit = options.maxLength !== undefined && length > options.maxLength;
  if (options.view === 'text') {
    return { view: 'text', title, output: `${title}\n\n${plain}`.trimEnd() + '\n', length, overLimit };
  }
  if (options.view === 'email') {
    const body = toHtml(tree.children, options, true);
    const output = `<div style="${EMAIL_STYLES.wrapper}">${body}</div>`;
    return { view: 'email', title, subject: title, output, length, overLimit };
  }
  return { view: 'status-page', title, output: statusPage(tree, data, title, options), length, overLimit };
}

function statusPage(tree: MdastRoot, data: Record<string, unknown>, title: string, options: RenderOptions): string {
  const status = typeof data.status === 'string' ? data.status : undefined;
  const facts: Array<[string, string]> = [];
  if (Array.isArray(data.components) && data.components.length > 0) facts.push(['Affected', data.components.map(String).join(', ')]);
  if (data.severity !== undefined) facts.push(['Severity', String(data.severity)]);
  const started = typeof data.started === 'string' ? Date.parse(data.started) : NaN;
  const resolved = typeof data.resolved === 'string' ? Date.parse(data.resolved) : NaN;
  if (!Number.isNaN(started)) facts.push(['Started', formatUtc(started)]);
  if (!Number.isNaN(resolved)) facts.push([status === 'completed' ? 'Completed' : 'Resolved', formatUtc(resolved)]);
  const duration = formatDuration(started, resolved);
  if (duration) facts.push(['Duration', duration]);
  const badge = status ? `<span class="ic-badge ic-badge--${escapeAttribute(status)}" style="background:${BADGE_COLOURS[status] ?? '#6b7280'};color:#fff">${escapeHtml(label(status))}</span>` : '';
  const factList = facts.length ? `<dl class="ic-facts">${facts.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>` : '';
  const timeline = findTimeline(tree);
  const body = timeline
    ? `<ol class="ic-timeline">${timeline
        .map((entry) => `<li class="ic-update"><div class="ic-update-head">${entry.status ? `<strong>${escapeHtml(entry.status)}</strong> ` : ''}<time datetime="${new Date(entry.time).toISOString()}">${escapeHtml(formatUtc(entry.time))}</time></div>${toHtml(entry.nodes, options, false)}</li>`)
        .join('')}</ol>`
    : `<div class="ic-body">${toHtml(tree.children, options, false)}</div>`;
  return `<article class="ic-card"><header class="ic-card-head"><h1 class="ic-title">${escapeHtml(title)}</h1>${badge}</header>${factList}${body}</article>`;
}

function toHtml(nodes: RootContent[], options: RenderOptions, inlineStyles: boolean): string {
  const root: MdastRoot = { type: 'root', children: nodes };
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, SCHEMA)
    .use(() => (tree: HastRoot) => {
      visit(tree, 'element', (element: Element, index, parent) => {
        if (element.tagName === 'img' && parent && index !== undefined) {
          const src = String(element.properties.src ?? '');
          const resolved = options.resolveImage ? options.resolveImage(src) : src;
          if (resolved === undefined) {
            parent.children.splice(index, 1, { type: 'text', value: String(element.properties.alt ?? '') });
            return index;
          }
          element.properties.src = resolved;
        }
        if (element.tagName === 'a') {
          element.properties.rel = ['noopener', 'noreferrer'];
        }
        if (inlineStyles) {
          const style = EMAIL_STYLES[element.tagName];
          if (style) element.properties.style = style;
        }
        return undefined;
      });
      if (options.highlights?.length) markPhrases(tree, options.highlights);
    })
    .use(rehypeStringify);
  const hast = processor.runSync(root as never);
  return String(processor.stringify(hast as never));
}

/** Wraps each occurrence of a flagged phrase (outside code) in <mark title="message">. */
function markPhrases(tree: HastRoot, highlights: Array<{ text: string; message: string }>): void {
  const phrases = highlights.filter((highlight) => highlight.text.trim().length > 1);
  if (phrases.length === 0) return;
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || (parent.type === 'element' && ['code', 'pre', 'mark'].includes(parent.tagName))) return undefined;
    for (const phrase of phrases) {
      const at = node.value.indexOf(phrase.text);
      if (at === -1) continue;
      const pieces: HastRoot['children'] = [];
      if (at > 0) pieces.push({ type: 'text', value: node.value.slice(0, at) });
      pieces.push({ type: 'element', tagName: 'mark', properties: { className: ['ic-flag'], title: phrase.message }, children: [{ type: 'text', value: phrase.text }] });
      const rest = node.value.slice(at + phrase.text.length);
      if (rest) pieces.push({ type: 'text', value: rest });
      (parent.children as HastRoot['children']).splice(index, 1, ...pieces);
      return index + 1;
    }
    return undefined;
  });
}

function firstHeading(tree: MdastRoot): string | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading') return plainTextOf(node);
  }
  return undefined;
}

function plainTextOf(node: RootContent): string {
  return toPlainText({ type: 'root', children: [node] }).trim();
}

function label(status: string): string {
  return status === 'in-progress' ? 'In progress' : status.charAt(0).toUpperCase() + status.slice(1);
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeAttribute(value: string): string {
  return value.replace(/[^a-z0-9-]/gi, '');
}
