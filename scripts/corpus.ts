import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Label {
  text: string;
  rule?: string;
  note?: string;
}

export interface CorpusDocument {
  name: string;
  text: string;
  split: 'tune' | 'holdout';
  flag: Label[];
  ok: Label[];
}

export const CORPUS_DIR = path.join(__dirname, '..', 'test', 'corpus');

/** Loads every corpus document with its hand-made labels. */
export function loadCorpus(directory = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md') && name !== 'LABELLING.md')
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(directory, name), 'utf8');
      const labels = parse(readFileSync(path.join(directory, name.replace(/\.md$/, '.labels.yaml')), 'utf8')) ?? {};
      const split = /^split:\s*holdout\s*$/m.test(text) ? 'holdout' : 'tune';
      return { name, text, split, flag: labels.flag ?? [], ok: labels.ok ?? [] };
    });
}

/** Whether a finding overlaps a span of the document (offsets, end exclusive). */
export function findingOverlaps(finding: { range: { start: { offset: number }; end: { offset: number } } }, [start, end]: readonly [number, number]): boolean {
  return finding.range.start.offset < end && finding.range.end.offset > start;
}

/** Every place a label's text occurs in the document body (after the front matter). */
export function occurrences(text: string, needle: string): Array<[number, number]> {
  const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const found: Array<[number, number]> = [];
  let at = text.indexOf(needle, bodyStart);
  while (at !== -1) {
    found.push([at, at + needle.length]);
    at = text.indexOf(needle, at + needle.length);
  }
  return found;
}
