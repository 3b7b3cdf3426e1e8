import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface TimelineEntry {
  status?: string;
  time: number;
  nodes: RootContent[];
}

const STATUS_WORDS = /^(investigating|identified|monitoring|resolved|update|updated|scheduled|in progress|in-progress|completed|verifying|postmortem)$/i;
const DATED = /(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\s*(?:-|,|at)?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?\s*(?:UTC|GMT|Z)?|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4},? \d{1,2}:\d{2}\s*(?:UTC|GMT)?)/;

/** The dated updates of a status timeline, newest first; undefined when the body is not a timeline. */
export function findTimeline(tree: Root): TimelineEntry[] | undefined {
  const entries: TimelineEntry[] = [];
  let current: TimelineEntry | undefined;
  const preamble: RootContent[] = [];
  for (const node of tree.children) {
    const start = updateStart(node);
    if (start) {
      current = { ...start, nodes: [node] };
      entries.push(current);
    } else if (current) {
      current.nodes.push(node);
    } else {
      preamble.push(node);
    }
  }
  if (entries.length < 2 || preamble.some((node) => node.type !== 'heading')) return undefined;
  return [...entries].sort((a, b) => b.time - a.time);
}

function updateStart(node: RootContent): { status?: string; time: number } | undefined {
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
  const text = toString(node);
  const dated = DATED.exec(text);
  if (!dated) return undefined;
  const time = parseTime(dated[1]!);
  if (Number.isNaN(time)) return undefined;
  if (node.type === 'heading') {
    const status = /(investigating|identified|monitoring|resolved|scheduled|in progress|completed|update)/i.exec(text)?.[1];
    return { time, ...(status ? { status } : {}) };
  }
  const first = node.children[0];
  if (first?.type !== 'strong') return undefined;
  const status = toString(first).trim();
  return STATUS_WORDS.test(status) ? { status, time } : undefined;
}

function parseTime(value: string): number {
  const cleaned = value.replace(/\s*(?:-|,|at)\s*(?=\d{1,2}:)/, ' ').replace(/\bUTC\b|\bGMT\b/, '').trim();
  const utc = /Z$|[+-]\d{2}:?\d{2}$/.test(cleaned) ? cleaned : `${cleaned} UTC`;
  return Date.parse(utc.replace(' ', cleaned.includes('T') ? 'T' : ' '));
}
