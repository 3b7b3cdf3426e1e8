import type { ChunkAnalysis } from './analyze';
import type { FrontMatter } from './front-matter';
import { assertGroupsHoldAlternatives, matchCase, PhraseTable, type PhraseEntry } from './phrases';
import type { Config, DocumentContext, Severity, Suggestion } from './types';

/** A finding before it is placed in the document: offsets are relative to what the rule was given. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  suggestions?: Suggestion[];
  severity?: Severity;
  actual?: string;
}

export interface RuleContext {
  document: DocumentContext;
  /** The rule's own options from configuration. */
  options: Record<string, unknown>;
  config: Config;
}

/** What the whole document tells block rules, after its blocks are checked. */
export interface DocumentFacts {
  /** Terms the document explains or names for its readers (normalised, see explained-terms). */
  explained: ReadonlySet<string>;
}

export interface DocumentView {
  text: string;
  frontMatter: FrontMatter | undefined;
  /** The body's blocks, each with its offset in the document. */
  chunks: Array<{ start: number; analysis: ChunkAnalysis }>;
}

interface RuleBase {
  id: string;
  /** One line: what the rule catches. */
  description: string;
  defaultSeverity: Severity;
}

/** Checks one block at a time; its findings are cached with the block. */
export interface ChunkRule extends RuleBase {
  scope: 'chunk';
  /** Also run on the front matter's YAML, as plain text. */
  scansFrontMatter?: boolean;
  check(chunk: ChunkAnalysis, context: RuleContext): RawFinding[];
  /** Keeps or drops a finding in light of the whole document; block findings are cached without it. */
  keep?(finding: RawFinding, document: DocumentFacts): boolean;
}

/** Needs the whole document (front matter, sections). */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(document: DocumentView, context: RuleContext): RawFinding[];
}

export type Rule = ChunkRule | DocumentRule;

/** Turns phrase-table matches into findings with their replacements as suggestions. */
export function phraseFindings(table: PhraseTable, chunk: ChunkAnalysis, documentType?: string): RawFinding[] {
  return table.match(chunk, documentType).map((match) => {
    const sentence = chunk.sentences[chunk.tokens[match.firstToken]!.sentence];
    const atSentenceStart = sentence?.firstToken === match.firstToken;
    return {
    start: match.start,
    end: match.end,
    message: match.entry.message.replace(/\{phrase\}/g, match.text),
    actual: match.text,
    ...(match.entry.severity ? { severity: match.entry.severity } : {}),
    suggestions: (match.entry.replacements ?? []).map((replacement, index) =>
      replacementSuggestion(atSentenceStart ? matchCase(replacement, match.text) : replacement, match.text, index === 0 && !!match.entry.safe),
    ),
    };
  });
}

export function replacementSuggestion(text: string, actual: string, safe = false): Suggestion {
  return {
    title: text === '' ? `Remove “${actual}”` : `Replace with “${text}”`,
    replacement: text,
    ...(safe ? { safe: true } : {}),
  };
}

export function phraseRule(meta: RuleBase, entries: readonly PhraseEntry[], applies?: (context: RuleContext) => boolean): ChunkRule {
  // The built-in tables are checked as they load; workspace glossary terms are data and never reach here.
  assertGroupsHoldAlternatives(entries);
  const table = new PhraseTable(entries);
  return {
    ...meta,
    scope: 'chunk',
    check(chunk, context) {
      if (applies && !applies(context)) return [];
      return phraseFindings(table, chunk, context.document.type);
    },
  };
}
