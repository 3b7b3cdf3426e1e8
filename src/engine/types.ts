export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 0-based offset in UTF-16 code units. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A fix as data: replace `[start, end)` (document offsets) with `replacement`. */
export interface Suggestion {
  title: string;
  replacement: string;
  /** Offsets of the text to replace; the finding's range when absent. */
  offset?: number;
  endOffset?: number;
  /** Safe for unattended `--fix`: the meaning does not change. */
  safe?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  suggestions: Suggestion[];
  url: string;
  /** The flagged text, for glossary actions and messages. */
  actual?: string;
}

export type Audience = 'public' | 'customers' | 'developers' | 'admins' | 'stakeholders' | 'internal';

/** What rules need to know about the document as a whole. */
export interface DocumentContext {
  type?: string;
  status?: string;
  audience?: Audience;
}

export type RuleSetting = boolean | Severity | 'off' | ({ severity?: Severity | 'off' } & Record<string, unknown>);

export interface Config {
  rules?: Record<string, RuleSetting>;
  glossary?: {
    /** Extra terms: term → plain replacement, or null to flag with no replacement. */
    terms?: Record<string, string | null>;
    /** Terms never flagged as jargon (product names the customer uses). */
    allow?: string[];
  };
  readability?: {
    /** Target reader age; sentences harder than this are flagged. */
    age?: number;
    /** Share of formulas (0–1) that must agree before a sentence is flagged. */
    threshold?: number;
    /** Sentences with fewer words are never flagged. */
    minWords?: number;
  };
}

export interface LintOptions {
  config?: Config;
}

export interface ReadabilityScore {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level. */
  grade: number;
  /** Flesch reading ease, 0–100 (higher is easier). */
  readingEase: number;
}

export interface LintResult {
  findings: Finding[];
  readability: ReadabilityScore;
  frontMatter: Record<string, unknown> | undefined;
}
