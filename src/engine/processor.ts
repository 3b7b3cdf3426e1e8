import { unified, type Processor as UnifiedProcessor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { ParseEnglish } from 'parse-english';
import type { ReadabilitySettings } from './readability';

export type { ReadabilitySettings } from './readability';

/** Tuned on the corpus: flags about one sentence in sixteen, the hardest ones. */
export const DEFAULT_READABILITY: ReadabilitySettings = { age: 18, threshold: 5 / 7, minWords: 10 };

/**
 * The one pipeline every caller uses: Markdown (CommonMark, GFM, front matter) to mdast, then
 * English prose to nlcst with the parser retext-english wraps, then the rules.
 */
export interface Processor {
  markdown: UnifiedProcessor<any, any, any, any, any>;
  english: ParseEnglish;
  readability: ReadabilitySettings;
}

export function createProcessor(readability: ReadabilitySettings = DEFAULT_READABILITY): Processor {
  return {
    markdown: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze(),
    english: new ParseEnglish(),
    readability,
  };
}
