// What the experiments share: the corpus with the checker's current findings, and the question each
// experiment asks of a candidate model: which labels the checker misses would it catch, and which
// must-not-flag spans the checker leaves alone would it flag.
import { createRequire } from 'node:module';
import { lint } from '../../src/engine/index';
import type { Finding } from '../../src/engine/types';
import { findingOverlaps, loadCorpus, occurrences, type CorpusDocument } from '../corpus';

export interface Measured {
  document: CorpusDocument;
  findings: Finding[];
}

export function measuredCorpus(): Measured[] {
  return loadCorpus().map((document) => ({ document, findings: lint(document.text).findings }));
}

export interface Outcome {
  labels: number;
  missed: number;
  gained: number;
  okSpans: number;
  newlyFlagged: number;
}

/** Counts, per label and per must-not-flag span occurrence, what a model that flags `flags(text)` would add. */
export function outcome(corpus: Measured[], split: 'tune' | 'holdout', rule: string, flags: (text: string) => boolean): Outcome {
  const result: Outcome = { labels: 0, missed: 0, gained: 0, okSpans: 0, newlyFlagged: 0 };
  for (const { document, findings } of corpus.filter((item) => item.document.split === split)) {
    for (const label of document.flag.filter((item) => item.rule === rule)) {
      for (const span of occurrences(document.text, label.text)) {
        result.labels++;
        if (findings.some((finding) => finding.ruleId === rule && findingOverlaps(finding, span))) continue;
        result.missed++;
        if (flags(label.text)) result.gained++;
      }
    }
    for (const label of document.ok) {
      for (const span of occurrences(document.text, label.text)) {
        result.okSpans++;
        if (!findings.some((finding) => findingOverlaps(finding, span)) && flags(label.text)) result.newlyFlagged++;
      }
    }
  }
  return result;
}

export function describe(name: string, result: Outcome): string {
  return `${name}: ${result.labels} labels, checker misses ${result.missed}, model would catch ${result.gained} of those; ${result.okSpans} must-not-flag spans, model would newly flag ${result.newlyFlagged}`;
}

/** The path of a resource installed only for an experiment, or a clear message on how to get it. */
export function resource(specifier: string, install: string): string {
  try {
    return createRequire(__filename).resolve(specifier);
  } catch {
    console.error(`This experiment needs ${install}, which is not a dependency of the project. Install it for the run with:\n  npm install --no-save ${install}`);
    process.exit(2);
  }
}
