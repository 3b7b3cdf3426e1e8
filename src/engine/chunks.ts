/**
 * Splits a Markdown body into top-level blocks that parse the same alone as in place,
 * so each can be checked and cached on its own: a new block starts after a blank line
 * at a line that is not indented, outside fenced code and multi-line HTML comments.
 */
export interface Chunk {
  start: number;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A block longer than this is cut at the next line that starts a row or an item, to bound memory. */
export const MAX_CHUNK_LINES = 1000;
const ROW_OR_ITEM = /^(?:\||[-*+] |\d{1,9}[.)] )/;

export function splitChunks(text: string, from = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = -1;
  let fence: string | undefined;
  let inComment = false;
  let sawBlank = false;
  let linesInChunk = 0;
  let pos = from;

  while (pos < text.length) {
    const newline = nextLineBreak(text, pos);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + (text[newline] === '\r' && text[newline + 1] === '\n' ? 2 : 1);
    const line = text.slice(pos, lineEnd);
    const blank = line.trim() === '';

    const tooLong = linesInChunk >= MAX_CHUNK_LINES && ROW_OR_ITEM.test(line);
    if (!blank && !fence && !inComment && (chunkStart === -1 || (sawBlank && !/^[ \t]/.test(line)) || tooLong)) {
      if (chunkStart !== -1) chunks.push(makeChunk(text, chunkStart, pos));
      chunkStart = pos;
      linesInChunk = 0;
    }
    linesInChunk++;
    sawBlank = blank && !fence && !inComment;

    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = FENCE.exec(line);
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = open[1];
      else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
    }
    pos = next;
  }
  if (chunkStart !== -1) chunks.push(makeChunk(text, chunkStart, text.length));
  return chunks;
}

function makeChunk(text: string, start: number, end: number): Chunk {
  let stop = end;
  while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
  return { start, text: text.slice(start, stop) };
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}
