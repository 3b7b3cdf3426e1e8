// Measures the rules on real, hand-labelled incident texts: recall per rule on phrases a careful editor
// would flag, and the share of must-not-flag spans that got flagged. `--verbose` lists misses and false flags.
import { loadCorpus, type CorpusDocument } from './corpus';
import { evaluate } from './evaluate';

// Misses are listed for the tune split only: the holdout split is measured, never studied.
const listTune = process.argv.includes('--verbose');

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
  const verbose = listTune && name === 'tune';
  if (verbose) console.log(`\n${name}:`);
  return [name, documents, evaluate(documents, verbose)] as const;
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
