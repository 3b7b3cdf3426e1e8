import type { ChunkAnalysis, Span } from './analyze';

export interface ScanHit {
  start: number;
  end: number;
  text: string;
  groups: RegExpExecArray;
}

/** Source text of each span; offsets stay relative to the block. */
export function sourceOf(chunk: ChunkAnalysis, spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    // Adjacent text nodes (the parser splits "[TBD]" into pieces) are scanned as one.
    if (last && last.end === span.start && !!last.quoted === !!span.quoted) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged.map((span) => ({ ...span, value: chunk.text.slice(span.start, span.end) }));
}

/** Runs a global regex over spans and returns hits with block offsets, de-duplicated. */
export function scan(spans: readonly Span[], pattern: RegExp): ScanHit[] {
  const hits: ScanHit[] = [];
  const seen = new Set<string>();
  const regex = globalVersion(pattern);
  for (const span of spans) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(span.value)) !== null) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      const start = span.start + match.index;
      const key = `${start}:${match[0].length}`;
      if (!seen.has(key)) {
        seen.add(key);
        hits.push({ start, end: start + match[0].length, text: match[0], groups: match });
      }
    }
  }
  return hits;
}

const globals = new WeakMap<RegExp, RegExp>();

/** The same pattern with the g flag, made once per pattern rather than once per block. */
function globalVersion(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}
