// Checks labelled corpus documents and tallies, per rule, the labels caught and the must-not-flag spans flagged.
import { lint } from '../src/engine/index';
import { findingOverlaps as overlaps, occurrences, type CorpusDocument } from './corpus';

/** Rules judged on whole sentences or documents, which the labels do not cover. */
export const NOT_LABELLED = new Set(['readability', 'missing-section', 'front-matter', 'length-limit']);
export interface Tally {
  labels: number;
  caught: number;
  okSpans: number;
  okFlagged: number;
  okFlaggedByReadability: number;
  perRule: Map<string, { labels: number; caught: number }>;
  /** Must-not-flag spans each rule flagged. */
  falseByRule: Map<string, number>;
}

/** Checks each document and counts its labels caught and its must-not-flag spans flagged; `verbose` prints each miss and false flag. */
export function evaluate(documents: CorpusDocument[], verbose = false): Tally {
  const tally: Tally = { labels: 0, caught: 0, okSpans: 0, okFlagged: 0, okFlaggedByReadability: 0, perRule: new Map(), falseByRule: new Map() };
  for (const document of documents) {
    const { findings } = lint(document.text);
    for (const label of document.flag) {
      for (const span of occurrences(document.text, label.text)) {
        const rule = label.rule ?? '?';
        const entry = tally.perRule.get(rule) ?? { labels: 0, caught: 0 };
        tally.perRule.set(rule, entry);
        entry.labels++;
        tally.labels++;
        if (findings.some((finding) => finding.ruleId === rule && overlaps(finding, span))) {
          entry.caught++;
          tally.caught++;
        } else if (verbose) {
          const other = findings.filter((finding) => overlaps(finding, span)).map((finding) => finding.ruleId);
          console.log(`  miss ${rule.padEnd(20)} ${JSON.stringify(label.text)}  ${document.name}${other.length ? `  (got ${other.join(', ')})` : ''}`);
        }
      }
    }
    for (const label of document.ok) {
      for (const span of occurrences(document.text, label.text)) {
        tally.okSpans++;
        const flagged = findings.filter((finding) => !NOT_LABELLED.has(finding.ruleId) && overlaps(finding, span));
        if (flagged.length > 0) {
          tally.okFlagged++;
          for (const ruleId of new Set(flagged.map((finding) => finding.ruleId))) tally.falseByRule.set(ruleId, (tally.falseByRule.get(ruleId) ?? 0) + 1);
          if (verbose) for (const finding of flagged) console.log(`  false ${finding.ruleId.padEnd(19)} ${JSON.stringify(document.text.slice(finding.range.start.offset, finding.range.end.offset))} in ${JSON.stringify(label.text.slice(0, 70))}  ${document.name}`);
        }
        if (findings.some((finding) => finding.ruleId === 'readability' && overlaps(finding, span))) tally.okFlaggedByReadability++;
      }
    }
  }
  return tally;
}
