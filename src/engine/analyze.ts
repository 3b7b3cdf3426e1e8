import type { Root as MdastRoot, Nodes as MdastNodes, Parents as MdastParents } from 'mdast';
import type { Root as NlcstRoot, Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { syllable } from 'syllable';
import { VFile } from 'vfile';
import type { Processor } from './processor';
import { formulasAbove, FORMULAS, isHard } from './readability';
import { SourceOffsets } from './offset-map';
import { visit } from 'unist-util-visit';

/** A word of checked prose: not code, URL, block quote or quoted text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  /** `norm` without a possessive 's. */
  base: string;
  /** `text` without a possessive 's, for case-sensitive matching (“DID’s” → “DID”). */
  baseText: string;
  start: number;
  end: number;
  sentence: number;
  /** Only white space or emphasis marks lie between the previous token and this one. */
  joined: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

export interface Span {
  start: number;
  end: number;
  value: string;
  /** Inside a block quote: someone else's words. */
  quoted?: boolean;
}

export interface Heading {
  depth: number;
  text: string;
  start: number;
  end: number;
}

export interface HardSentence {
  start: number;
  end: number;
  agreeing: number;
  of: number;
}

/** Everything rules need from one block, with offsets relative to the block. */
export interface ChunkAnalysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Text runs a reader sees (headings, paragraphs, table cells, link text). */
  prose: Span[];
  code: Span[];
  html: Span[];
  urls: Span[];
  headings: Heading[];
  hardSentences: HardSentence[];
  counts: { words: number; sentences: number; syllables: number };
}

const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const GAP = /^[\s*_~]*$/;
const QUOTES = /“[^“”\n]{1,300}”|"[^"\n]{1,300}"|(?<=^|[\s(\[])‘[^‘’\n]{1,300}’(?=$|[\s.,;:!?)\]])/g;

export function analyzeChunk(text: string, definitions: string, processor: Processor): ChunkAnalysis {
  const source = definitions ? `${text}\n\n${definitions}` : text;
  const file = new VFile(source);
  const tree = processor.markdown.parse(file) as MdastRoot;
  const analysis = emptyAnalysis(text);
  const leaves: MdastNodes[] = [];
  collect(tree, false, text.length, analysis, leaves);

  const root: NlcstRoot = { type: 'RootNode', children: [] };
  for (const leaf of leaves) {
    // mdast-util-to-nlcst skips table cells; a cell's text is checked like a paragraph's.
    const node = leaf.type === 'tableCell' ? ({ type: 'paragraph', children: leaf.children, position: leaf.position } as MdastNodes) : leaf;
    for (const piece of withinTokenLimit(node)) {
      let part: NlcstRoot;
      try {
        part = toNlcst(piece, file, processor.english) as NlcstRoot;
      } catch {
        // Whatever still defeats the converter costs this paragraph its word checks, not the document its check.
        continue;
      }
      for (const child of part.children) {
        if (child.type === 'ParagraphNode') root.children.push(child);
      }
    }
  }
  const offsets = new SourceOffsets(text, analysis.prose);
  if (!offsets.isIdentity) {
    visit(root, (node) => {
      const position = node.position;
      if (position?.start.offset !== undefined && position.end.offset !== undefined) {
        position.start = { ...position.start, offset: offsets.map(position.start.offset) };
        position.end = { ...position.end, offset: offsets.map(position.end.offset) };
      }
    });
  }
  const quoted = quotedRanges(text);
  for (const paragraph of root.children as NlcstParagraph[]) {
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') addSentence(sentence, analysis, quoted, processor);
    }
  }
  return analysis;
}

/** An analysis with nothing in it yet, for `text`. */
export function emptyAnalysis(text: string): ChunkAnalysis {
  return { text, tokens: [], sentences: [], prose: [], code: [], html: [], urls: [], headings: [], hardSentences: [], counts: { words: 0, sentences: 0, syllables: 0 } };
}

/**
 * mdast-util-to-nlcst spreads a text node's tokens into an array (`push(...tokens)`), which overflows
 * the call stack past about 100,000 tokens (“a-a-a-…” has one per character). A paragraph holding more
 * text than that is checked as several paragraphs made of its text nodes (emphasis and links dropped,
 * offsets kept), long text nodes cut at white space.
 */
const MAX_TEXT_RUN = 30_000;

function textNodes(node: MdastNodes, into: Array<MdastNodes & { type: 'text' }>): void {
  if (node.type === 'text') into.push(node);
  else if ('children' in node) for (const child of (node as MdastParents).children) textNodes(child as MdastNodes, into);
}

function withinTokenLimit(leaf: MdastNodes): MdastNodes[] {
  const start = leaf.position?.start.offset;
  const end = leaf.position?.end.offset;
  if (start === undefined || end === undefined || end - start <= MAX_TEXT_RUN) return [leaf];
  const texts: Array<MdastNodes & { type: 'text' }> = [];
  textNodes(leaf, texts);
  const pieces: MdastNodes[] = [];
  let run: MdastNodes[] = [];
  let runLength = 0;
  const flush = () => {
    if (run.length === 0) return;
    pieces.push({ type: 'paragraph', children: run, position: { start: run[0]!.position!.start, end: run[run.length - 1]!.position!.end } } as MdastNodes);
    run = [];
    runLength = 0;
  };
  for (const text of texts) {
    const at = text.position?.start.offset;
    if (at === undefined) continue;
    if (text.value.length <= MAX_TEXT_RUN) {
      if (runLength + text.value.length > MAX_TEXT_RUN) flush();
      run.push(text);
      runLength += text.value.length;
      continue;
    }
    flush();
    let from = 0;
    while (from < text.value.length) {
      let cut = Math.min(from + MAX_TEXT_RUN, text.value.length);
      // Prefer a sentence end, then any white space, so few sentences are cut in two.
      const sentenceEnd = text.value.lastIndexOf('. ', cut);
      const space = text.value.lastIndexOf(' ', cut);
      if (cut < text.value.length) cut = sentenceEnd > from + MAX_TEXT_RUN / 2 ? sentenceEnd + 2 : space > from ? space + 1 : cut;
      // Only offsets matter to the conversion; lines and columns come from the offsets later.
      const position = { start: { line: 1, column: 1, offset: at + from }, end: { line: 1, column: 1, offset: at + cut } };
      pieces.push({ type: 'paragraph', children: [{ type: 'text', value: text.value.slice(from, cut), position }], position } as MdastNodes);
      from = cut;
    }
  }
  flush();
  return pieces;
}

function collect(node: MdastNodes, inQuote: boolean, limit: number, analysis: ChunkAnalysis, leaves: MdastNodes[]): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  if (start >= limit) return;
  switch (node.type) {
    case 'code':
    case 'inlineCode':
      analysis.code.push({ start, end, value: node.value });
      return;
    case 'html':
      analysis.html.push({ start, end, value: node.value });
      return;
    case 'yaml':
    case 'definition':
    case 'image':
    case 'imageReference':
      return;
    case 'text':
      analysis.prose.push({ start, end, value: node.value, ...(inQuote ? { quoted: true } : {}) });
      return;
    case 'link':
      analysis.urls.push({ start, end, value: node.url });
      if (isBareUrl(node)) {
        node.children = [];
        return;
      }
      break;
    case 'heading':
      analysis.headings.push({ depth: node.depth, text: plainText(node), start, end });
      break;
  }
  if (LEAF_BLOCKS.has(node.type) && !inQuote) leaves.push(node);
  if ('children' in node) {
    const quote = inQuote || node.type === 'blockquote';
    for (const child of (node as MdastParents).children) collect(child as MdastNodes, quote, limit, analysis, leaves);
  }
}

function isBareUrl(node: MdastNodes & { type: 'link' }): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (!only || only.type !== 'text') return false;
  const shown = only.value.replace(/^mailto:/, '');
  return node.url.replace(/^mailto:/, '').replace(/^https?:\/\//, '') === shown.replace(/^https?:\/\//, '');
}

function plainText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node as MdastParents).children.map((child) => plainText(child as MdastNodes)).join('');
  return '';
}

function addSentence(sentence: NlcstSentence, analysis: ChunkAnalysis, quoted: Array<[number, number]>, processor: Processor): void {
  const index = analysis.sentences.length;
  const firstToken = analysis.tokens.length;
  let previousEnd = -1;
  const words: string[] = [];
  const syllables: number[] = [];
  const children = sentence.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'WordNode') {
      if (child.type === 'SourceNode') previousEnd = -1;
      continue;
    }
    const start = child.position?.start.offset;
    let end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    let text = nlcstToString(child);
    const count = syllable(text);
    words.push(text);
    syllables.push(count);
    analysis.counts.syllables += count;
    const percent = children[i + 1];
    if (percent && percent.type !== 'WordNode' && percent.type !== 'WhiteSpaceNode' && nlcstToString(percent) === '%' && /^\d/.test(text)) {
      text += '%';
      end += 1;
      i++;
    }
    if (inRanges(start, quoted)) {
      previousEnd = -1;
      continue;
    }
    const joined = previousEnd !== -1 && GAP.test(analysis.text.slice(previousEnd, start));
    const norm = normalize(text);
    if (text.endsWith('.') && !norm.endsWith('.')) {
      text = text.slice(0, -1);
      end -= 1;
    }
    analysis.tokens.push({ text, norm, base: norm.replace(/'s$/, ''), baseText: text.replace(/['’]s$/, ''), start, end, sentence: index, joined });
    previousEnd = end;
  }
  if (words.length === 0) return;
  analysis.counts.words += words.length;
  analysis.counts.sentences++;
  const start = sentence.position?.start.offset ?? 0;
  const end = sentence.position?.end.offset ?? 0;
  analysis.sentences.push({ start, end, firstToken, endToken: analysis.tokens.length });
  const above = formulasAbove({ words, syllables }, processor.readability);
  if (isHard(above, processor.readability)) analysis.hardSentences.push({ start, end, agreeing: above!, of: FORMULAS });
}

export function normalize(word: string): string {
  // The English parser keeps a full stop on a word when a lower-case word follows ("cluster. we").
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/(?<=\w{2})\.$/, '');
}

function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(QUOTES)) ranges.push([match.index!, match.index! + match[0].length]);
  return ranges;
}

/** Whether an offset lies in one of the sorted, disjoint ranges (binary search: blocks can hold thousands). */
function inRanges(offset: number, ranges: Array<[number, number]>): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}
