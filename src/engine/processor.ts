import { unified, type Processor as UnifiedProcessor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { ParseEnglish } from 'parse-english';

export interface ReadabilitySettings {
  age: number;
  threshold: number;
  minWords: number;
}

/** Tuned on the corpus: flags about one sentence in sixteen, the hardest ones. */
export const DEFAULT_READABILITY: ReadabilitySettings = { age: 18, threshold: 5 / 7, minWords: 10 };

/** The one pipeline every caller uses: Markdown in, English prose out, then the retext checks. */
export interface Processor {
  markdown: UnifiedProcessor<any, any, any, any, any>;
  english: ParseEnglish;
  retext: UnifiedProcessor<any, any, any, any, any>;
}

export function createProcessor(readability: ReadabilitySettings = DEFAULT_READABILITY): Processor {
  return {
    markdown: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze(),
    english: new ParseEnglish(),
    retext: unified().use(retextEnglish).use(retextReadability, readability).freeze(),
  };
}
