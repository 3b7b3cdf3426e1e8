import type { ChunkAnalysis, Token } from './analyze';
import type { Severity } from './types';

/**
 * One row of a phrase table. Pattern syntax, word by word: `a|b` alternatives, a trailing `?`
 * makes a word optional, `*` is any word, `#` is any number, `@` is a name (a capitalised word such
 * as “Cloudflare”, not an acronym, month or weekday, and not the first word of its sentence). Alternatives of several words go in
 * parentheses: `(in the future|again)`, optional as `(right now)?`. Matching is case-insensitive,
 * within one sentence, across white space and emphasis marks only.
 */
export interface PhraseEntry {
  phrase: string | string[];
  message: string;
  /** Replacements for the whole match, best first. */
  replacements?: string[];
  /** The first replacement keeps the meaning: `--fix` may apply it unattended. */
  safe?: boolean;
  caseSensitive?: boolean;
  /** Not when the next word is one of these. */
  notFollowedBy?: string[];
  /** Not when the previous word is one of these. */
  notPrecededBy?: string[];
  /** Not when a number stands within this many words after the match (a stated scope is honest). */
  unlessNumberWithin?: number;
  /** Not when a number stands within this many words before the match (“3% of users saw …”). */
  unlessNumberBefore?: number;
  /** Not when the rest of the sentence after the match matches (specifics follow). */
  unlessRestMatches?: RegExp;
  /** Not when the sentence before the match matches. */
  unlessBeforeMatches?: RegExp;
  /** Only when the sentence before the match matches (e.g. a cause is being assigned). */
  onlyIfBeforeMatches?: RegExp;
  /** Not when the whole sentence matches. */
  unlessSentenceMatches?: RegExp;
  severity?: Severity;
  /** Not in documents of these types (e.g. “today” is fine in a live update). */
  skipInTypes?: string[];
  /** Only in documents of these types. */
  onlyInTypes?: string[];
}

export interface PhraseMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
}

type Slot =
  | { kind: 'words'; words: Set<string>; optional: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'number'; optional: boolean }
  | { kind: 'name'; optional: boolean };

interface Compiled {
  entry: PhraseEntry;
  slots: Slot[];
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions half dozen dozens all every'.split(' '),
);

export function isNumberToken(token: Token | undefined): boolean {
  return !!token && (/^[~≈<>]?\d/.test(token.norm) || NUMBER_WORDS.has(token.norm));
}

/** An HTTP status such as “500 errors” or “HTTP 503” names an error, not how many there were. */
function isHttpStatus(token: Token, text: string): boolean {
  if (!/^[1-5]\d\d$/.test(token.norm)) return false;
  if (/\bHTTP\s*$/i.test(text.slice(Math.max(0, token.start - 6), token.start))) return true;
  const after = text.slice(token.end, token.end + 40);
  // “about 250 errors in total” counts them.
  const counted = /\b(?:about|roughly|around|over|nearly|almost|some|only|just)\s*$|[~≈]\s*$/i.test(text.slice(Math.max(0, token.start - 10), token.start)) || /^\s*\w+\s+(?:in\s+total|per|an?\s+(?:hour|minute|second)|each)\b/i.test(after);
  return !counted && /^\s*(?:errors?|responses?|status|codes?)\b/i.test(after);
}

/** A number that states an amount: not the hour of a clock time such as 14:32, nor an HTTP status. */
function isQuantity(token: Token, text: string): boolean {
  return isNumberToken(token) && !/^\d{1,2}:\d{2}/.test(token.norm) && !/^:\d/.test(text.slice(token.end, token.end + 2)) && !isHttpStatus(token, text);
}

/** Expands `(a b|c)` and `(a b)?` groups into plain patterns, one per combination. */
export function expandGroups(phrase: string): string[] {
  const group = /\(([^()]*)\)(\?)?/.exec(phrase);
  if (!group) return [phrase];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  const choices = group[1]!.split('|').map((choice) => choice.trim());
  if (group[2]) choices.push('');
  return choices.flatMap((choice) => expandGroups(`${before}${choice}${after}`.replace(/\s+/g, ' ').trim()));
}

function compileSlot(source: string, caseSensitive: boolean): Slot {
  const optional = source.endsWith('?') && source.length > 1;
  const body = optional ? source.slice(0, -1) : source;
  if (body === '*') return { kind: 'any', optional };
  if (body === '#') return { kind: 'number', optional };
  if (body === '@') return { kind: 'name', optional };
  const words = body.split('|').map((word) => (caseSensitive ? word : word.toLowerCase()).replace(/[’‘]/g, "'"));
  return { kind: 'words', words: new Set(words), optional };
}

/** Throws on “a|(b c)|d”, which would split the group's words into separate slots and never match as meant. */
export function assertGroupsHoldAlternatives(entries: readonly PhraseEntry[]): void {
  for (const entry of entries) {
    const misplaced = (Array.isArray(entry.phrase) ? entry.phrase : [entry.phrase]).find((phrase) => /\|\(|\)\??\|/.test(phrase));
    if (misplaced) throw new Error(`Phrase “${misplaced}”: a group of several words must hold all the alternatives, as in “(a|b c|d)”.`);
  }
}

/** A compiled table: an index from first words to the rows that can start there. */
export class PhraseTable {
  private readonly byFirstWord = new Map<string, Compiled[]>();
  private readonly anyFirst: Compiled[] = [];

  constructor(entries: readonly PhraseEntry[]) {
    for (const entry of entries) {
      const phrases = (Array.isArray(entry.phrase) ? entry.phrase : [entry.phrase]).flatMap(expandGroups);
      for (const phrase of phrases) {
        const slots = phrase.trim().split(/\s+/).map((part) => compileSlot(part, !!entry.caseSensitive));
        this.index({ entry, slots });
      }
    }
  }

  private index(compiled: Compiled): void {
    const firsts = new Set<string>();
    let wildcard = false;
    for (const slot of compiled.slots) {
      if (slot.kind === 'words') slot.words.forEach((word) => firsts.add(word));
      else wildcard = true;
      if (!slot.optional) break;
    }
    if (wildcard) {
      this.anyFirst.push(compiled);
      return;
    }
    for (const word of firsts) {
      const list = this.byFirstWord.get(word) ?? [];
      list.push(compiled);
      this.byFirstWord.set(word, list);
    }
  }

  /** All matches in a block, longest first where two overlap. */
  match(chunk: ChunkAnalysis, documentType?: string): PhraseMatch[] {
    const tokens = chunk.tokens;
    const found: PhraseMatch[] = [];
    const sentenceCache: SentenceCache = new Map();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const candidates = new Set<Compiled>(this.anyFirst);
      this.byFirstWord.get(token.norm)?.forEach((c) => candidates.add(c));
      this.byFirstWord.get(token.text)?.forEach((c) => candidates.add(c));
      if (token.base !== token.norm) {
        this.byFirstWord.get(token.base)?.forEach((c) => candidates.add(c));
        this.byFirstWord.get(token.baseText)?.forEach((c) => candidates.add(c));
      }
      for (const compiled of candidates) {
        const lead = compiled.slots[0]!;
        const previous = tokens[i - 1];
        // An optional first word that stands right before belongs to the match starting there.
        if (lead.optional && previous && token.joined && previous.sentence === token.sentence && slotMatches(lead, previous, !!compiled.entry.caseSensitive)) continue;
        const last = matchFrom(tokens, i, compiled.slots, 0, !!compiled.entry.caseSensitive);
        if (last === undefined || last < i) continue;
        const match = {
          entry: compiled.entry,
          start: token.start,
          end: tokens[last]!.end,
          text: chunk.text.slice(token.start, tokens[last]!.end),
          firstToken: i,
          lastToken: last,
        };
        if (documentType && compiled.entry.skipInTypes?.includes(documentType)) continue;
        if (compiled.entry.onlyInTypes && !compiled.entry.onlyInTypes.includes(documentType ?? '')) continue;
        if (passesConditions(match, chunk, sentenceCache)) found.push(match);
      }
    }
    return mergeOverlaps(found, chunk.text);
  }
}

/** Index of the last token matched, or undefined. */
function matchFrom(tokens: Token[], at: number, slots: Slot[], slotIndex: number, caseSensitive: boolean): number | undefined {
  if (slotIndex === slots.length) return at - 1;
  const slot = slots[slotIndex]!;
  const token = tokens[at];
  const chained = token !== undefined && (slotIndex === 0 || (token.joined && token.sentence === tokens[at - 1]!.sentence));
  const startsSentence = at === 0 || tokens[at - 1]!.sentence !== token?.sentence;
  if (chained && slotMatches(slot, token, caseSensitive) && !(slot.kind === 'name' && startsSentence)) {
    const end = matchFrom(tokens, at + 1, slots, slotIndex + 1, caseSensitive);
    if (end !== undefined) return end;
  }
  if (slot.optional) return matchFrom(tokens, at, slots, slotIndex + 1, caseSensitive);
  return undefined;
}

function slotMatches(slot: Slot, token: Token, caseSensitive: boolean): boolean {
  if (slot.kind === 'any') return true;
  if (slot.kind === 'number') return isNumberToken(token);
  if (slot.kind === 'name') return /^\p{Lu}[\p{L}-]*\p{Ll}/u.test(token.text) && !CALENDAR.has(token.norm);
  // Case-sensitive words still match with a possessive (“DID’s”, “AWS's”).
  return caseSensitive ? slot.words.has(token.text) || slot.words.has(token.baseText) : slot.words.has(token.norm) || slot.words.has(token.base);
}

const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter'.split(' '));

const DURATION_UNIT = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)$/;

const CONTEXT_WINDOW = 400;
type SentenceCache = Map<RegExp, Map<number, boolean>>;

function sentenceTest(regex: RegExp, sentence: number, text: () => string, cache: SentenceCache): boolean {
  let bySentence = cache.get(regex);
  if (!bySentence) cache.set(regex, (bySentence = new Map()));
  let result = bySentence.get(sentence);
  if (result === undefined) bySentence.set(sentence, (result = regex.test(text())));
  return result;
}

function passesConditions(match: PhraseMatch, chunk: ChunkAnalysis, sentenceCache: SentenceCache): boolean {
  const { entry } = match;
  const tokens = chunk.tokens;
  const first = tokens[match.firstToken]!;
  const next = tokens[match.lastToken + 1];
  const previous = tokens[match.firstToken - 1];
  const sameSentence = (token: Token | undefined): token is Token => !!token && token.sentence === first.sentence;
  if (entry.notFollowedBy && sameSentence(next) && entry.notFollowedBy.includes(next.norm)) return false;
  if (entry.notPrecededBy && sameSentence(previous) && entry.notPrecededBy.includes(previous.norm)) return false;
  if (entry.unlessNumberWithin) {
    for (let k = 1; k <= entry.unlessNumberWithin; k++) {
      const ahead = tokens[match.lastToken + k];
      // A number after a comma or colon belongs to the next clause; one after a dash still states the scope (“a subset of customers—roughly 3%”).
      if (!sameSentence(ahead) || /[,;:]/.test(chunk.text.slice(tokens[match.lastToken + k - 1]!.end, ahead.start))) break;
      // “across all regions” says where, not how much.
      if (isQuantity(ahead, chunk.text) && ahead.norm !== 'all' && ahead.norm !== 'every') return false;
    }
  }
  if (entry.unlessNumberBefore) {
    for (let k = 1; k <= entry.unlessNumberBefore; k++) {
      const behind = tokens[match.firstToken - k];
      if (!sameSentence(behind)) break;
      // “Over the last 10 minutes we have been experiencing issues”: a duration is not a stated scope.
      if (isQuantity(behind, chunk.text) && !DURATION_UNIT.test(tokens[match.firstToken - k + 1]?.norm ?? '')) return false;
    }
  }
  if (entry.unlessRestMatches || entry.unlessSentenceMatches || entry.onlyIfBeforeMatches || entry.unlessBeforeMatches) {
    const sentence = chunk.sentences[first.sentence];
    if (sentence) {
      // Context is read within a window, and a whole-sentence test once per sentence: a very long
      // sentence with many matches would otherwise cost its length squared.
      const before = () => chunk.text.slice(Math.max(sentence.start, match.start - CONTEXT_WINDOW), match.start);
      if (entry.onlyIfBeforeMatches && !entry.onlyIfBeforeMatches.test(before())) return false;
      if (entry.unlessBeforeMatches?.test(before())) return false;
      if (entry.unlessRestMatches?.test(chunk.text.slice(match.end, Math.min(sentence.end, match.end + CONTEXT_WINDOW)))) return false;
      if (entry.unlessSentenceMatches && sentenceTest(entry.unlessSentenceMatches, first.sentence, () => chunk.text.slice(sentence.start, sentence.end), sentenceCache)) return false;
    }
  }
  return true;
}

/**
 * Overlapping matches become one finding spanning them all, with the longest match's message
 * (its replacements only when it covers the whole span, or a replacement would drop words).
 */
function mergeOverlaps(matches: PhraseMatch[], text: string): PhraseMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhraseMatch[] = [];
  let cluster: PhraseMatch[] = [];
  const flush = () => {
    if (cluster.length === 0) return;
    const longest = cluster.reduce((best, match) => (match.end - match.start > best.end - best.start ? match : best));
    const start = cluster[0]!.start;
    const end = Math.max(...cluster.map((match) => match.end));
    const whole = longest.start === start && longest.end === end;
    merged.push({
      ...longest,
      entry: whole ? longest.entry : { ...longest.entry, replacements: [] },
      start,
      end,
      text: text.slice(start, end),
      firstToken: Math.min(...cluster.map((match) => match.firstToken)),
      lastToken: Math.max(...cluster.map((match) => match.lastToken)),
    });
    cluster = [];
  };
  for (const match of matches) {
    const reach = cluster.length ? Math.max(...cluster.map((other) => other.end)) : -1;
    if (cluster.length && match.start >= reach) flush();
    cluster.push(match);
  }
  flush();
  return merged;
}

/** Keeps the case of the matched text's first letter in a replacement. */
export function matchCase(replacement: string, actual: string): string {
  if (!replacement) return replacement;
  const first = actual.charAt(0);
  const allCaps = actual.length > 1 && actual === actual.toUpperCase();
  if (!allCaps && first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
