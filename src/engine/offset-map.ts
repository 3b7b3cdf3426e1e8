import type { Span } from './analyze';

/**
 * The English parser works on each text node's value, and positions its words by adding lengths to the
 * node's start. A value can differ from the source it came from (a list item's continuation indent, a
 * backslash escape, an entity, NUL made U+FFFD), so those positions drift. This maps a position in a
 * value back to its offset in the source by aligning the two strings.
 */
export class SourceOffsets {
  private readonly nodes: Array<{ start: number; length: number; map: Int32Array }> = [];

  constructor(text: string, spans: readonly Span[]) {
    for (const span of spans) {
      const source = text.slice(span.start, span.end);
      if (source === span.value) continue;
      this.nodes.push({ start: span.start, length: span.value.length, map: align(span.value, source, span.start) });
    }
    this.nodes.sort((a, b) => a.start - b.start);
  }

  get isIdentity(): boolean {
    return this.nodes.length === 0;
  }

  /** The source offset of a parser offset. */
  map(offset: number): number {
    let low = 0;
    let high = this.nodes.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.nodes[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found === -1) return offset;
    const node = this.nodes[found]!;
    const index = offset - node.start;
    return index <= node.length ? node.map[index]! : offset;
  }
}

const LOOK_AHEAD = 12;

/** For each index of `value` (and one past its end), the matching offset in `source`, shifted by `base`. */
function align(value: string, source: string, base: number): Int32Array {
  const map = new Int32Array(value.length + 1);
  let at = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (source[at] !== char && !(char === '\uFFFD' && source[at] === '\u0000')) {
      const ahead = source.indexOf(char, at);
      if (ahead !== -1 && ahead - at <= LOOK_AHEAD) at = ahead;
    }
    map[index] = base + Math.min(at, source.length);
    at = Math.min(at + 1, source.length);
  }
  map[value.length] = base + Math.min(at, source.length);
  return map;
}
