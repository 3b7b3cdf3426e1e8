// Measures the rules on real, hand-labelled incident texts: recall per rule on phrases a careful editor
// would flag, and the share of must-not-flag spans that got flagged. `--verbose` lists misses and false flags.
import { lint } from '../src/engine/index';
import { findingOverlaps as overlaps, loadCorpus, occurrences, type CorpusDocument } from './corpus';

/** Rules judged on whole sentences or documents, which the labels do not cover. */
const NOT_LABELLED = new Set(['readability', 'missing-section', 'front-matter', 'length-limit']);
// Misses are listed for the tune split only: the holdout split is measured, never studied.
const listTune = process.argv.includes('--verbose');
let verbose = false;

interface Tally {
  labels: number;
  caught: number;
  okSpans: number;
  okFlagged: number;
  okFlaggedByReadability: number;
  perRule: Map<string, { labels: number; caught: number }>;
  /** Must-not-flag spans each rule flagged. */
  falseByRule: Map<string, number>;
}


function evaluate(documents: CorpusDocument[]): Tally {
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

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const ratio = (part: number, whole: number) => (whole === 0 ? 'n/a' : (part / whole).toFixed(2));

// `--hold h-`: leave a batch that is still being labelled out of every figure.
const holdAt = process.argv.indexOf('--hold');
const held = holdAt > 0 ? process.argv[holdAt + 1] : undefined;
if (holdAt > 0 && (!held || held.startsWith('--'))) {
  console.error('Usage: npm run eval -- --hold PREFIX   (for example --hold k-)');
  process.exit(2);
}
const corpus = loadCorpus().filter((document) => !held || !document.name.startsWith(held));
const splits: Array<[string, CorpusDocument[]]> = [
  ['tune', corpus.filter((document) => document.split === 'tune')],
  ['holdout', corpus.filter((document) => document.split === 'holdout')],
  ['all', corpus],
];
// `--batch e-`: one more column for a new batch, to measure it untouched before it joins a split.
const batchAt = process.argv.indexOf('--batch');
const batch = batchAt > 0 ? process.argv[batchAt + 1] : undefined;
if (batch) splits.push([`${batch}*`, corpus.filter((document) => document.name.startsWith(batch))]);
const results = splits.map(([name, documents]) => {
  verbose = listTune && name === 'tune';
  if (verbose) console.log(`\n${name}:`);
  return [name, documents, evaluate(documents)] as const;
});

const rules = [...new Set(results.flatMap(([, , tally]) => [...tally.perRule.keys()]))].sort();
console.log(`\nRecall per rule (caught / labelled):`);
console.log(`${'rule'.padEnd(22)}${results.map(([name]) => name.padStart(16)).join('')}`);
for (const rule of rules) {
  const cells = results.map(([, , tally]) => {
    const entry = tally.perRule.get(rule);
    return (entry ? `${ratio(entry.caught, entry.labels)} (${entry.caught}/${entry.labels})` : '-').padStart(16);
  });
  console.log(`${rule.padEnd(22)}${cells.join('')}`);
}
console.log(`\nMust-not-flag spans flagged, per rule:`);
for (const rule of [...new Set(results.flatMap(([, , tally]) => [...tally.falseByRule.keys()]))].sort()) {
  console.log(`${rule.padEnd(22)}${results.map(([, , tally]) => String(tally.falseByRule.get(rule) ?? '-').padStart(16)).join('')}`);
}
console.log('');
for (const [name, documents, tally] of results) {
  console.log(
    `${name.padEnd(8)} ${String(documents.length).padStart(3)} documents: recall ${ratio(tally.caught, tally.labels)} (${tally.caught}/${tally.labels}); ` +
      `false flags ${percent(tally.okFlagged, tally.okSpans)} (${tally.okFlagged}/${tally.okSpans} must-not-flag spans); ` +
      `readability touched ${percent(tally.okFlaggedByReadability, tally.okSpans)} of them`,
  );
}
