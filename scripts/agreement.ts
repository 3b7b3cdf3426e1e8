// How far two careful people agree: a second labeller, working blind from the same guide
// (test/corpus/LABELLING.md), labelled some corpus documents again into test/corpus/second-labeller/.
// This prints how many of the first labeller's flags the second one also made (the recall a perfect
// checker could expect against one person's labels), and the reverse.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lint } from '../src/engine/index';
import { CORPUS_DIR, findingOverlaps, loadCorpus, occurrences, type Label } from './corpus';

const SECOND = path.join(CORPUS_DIR, 'second-labeller');
const secondFile = (name: string) => path.join(SECOND, name.replace(/\.md$/, '.labels.yaml'));
type Span = { start: number; end: number; rule?: string };
const spans = (text: string, labels: Label[]): Span[] => labels.flatMap((label) => occurrences(text, label.text).map(([start, end]) => ({ start, end, rule: label.rule })));
const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;
const ratio = (part: number, whole: number) => `${part}/${whole} (${(part / whole).toFixed(2)})`;

// `--batch p-`: only the documents of one batch.
const batchAt = process.argv.indexOf('--batch');
const batch = batchAt > 0 ? process.argv[batchAt + 1] : undefined;
if (batchAt > 0 && (!batch || batch.startsWith('--'))) {
  console.error('Usage: npm run agreement -- --batch PREFIX   (for example --batch p-)');
  process.exit(2);
}
const documents = loadCorpus().filter((document) => existsSync(secondFile(document.name)) && (!batch || document.name.startsWith(batch)));
let firstFlags = 0, firstFoundBySecond = 0, secondFlags = 0, secondFoundByFirst = 0, okSpans = 0, okFlaggedBySecond = 0;
const perRule = new Map<string, { labels: number; agreed: number }>();
// The checker's recall on flags both people made, and on flags only the first made, per split.
const checker = new Map<string, { both: number; bothCaught: number; firstOnly: number; firstOnlyCaught: number }>();
const checkerPerRule = new Map<string, { both: number; bothCaught: number }>();
for (const document of documents) {
  const { findings } = lint(document.text);
  const tally = checker.get(document.split) ?? { both: 0, bothCaught: 0, firstOnly: 0, firstOnlyCaught: 0 };
  checker.set(document.split, tally);
  const first = spans(document.text, document.flag);
  const second = spans(document.text, (parse(readFileSync(secondFile(document.name), 'utf8'))?.flag ?? []) as Label[]);
  const ok = spans(document.text, document.ok);
  for (const label of first) {
    const agreed = second.some((other) => other.rule === label.rule && overlaps(label, other));
    firstFlags++;
    if (agreed) firstFoundBySecond++;
    const caught = findings.some((finding) => finding.ruleId === label.rule && findingOverlaps(finding, [label.start, label.end]));
    if (agreed) {
      tally.both++;
      if (caught) tally.bothCaught++;
      const key = `${document.split} ${label.rule ?? '?'}`;
      const ruleTally = checkerPerRule.get(key) ?? { both: 0, bothCaught: 0 };
      ruleTally.both++;
      if (caught) ruleTally.bothCaught++;
      checkerPerRule.set(key, ruleTally);
    } else {
      tally.firstOnly++;
      if (caught) tally.firstOnlyCaught++;
    }
    const entry = perRule.get(label.rule ?? '?') ?? { labels: 0, agreed: 0 };
    entry.labels++;
    if (agreed) entry.agreed++;
    perRule.set(label.rule ?? '?', entry);
  }
  for (const label of second) {
    secondFlags++;
    if (first.some((other) => other.rule === label.rule && overlaps(label, other))) secondFoundByFirst++;
  }
  for (const span of ok) {
    okSpans++;
    if (second.some((label) => overlaps(span, label))) okFlaggedBySecond++;
  }
}
console.log(`${documents.length} documents labelled twice, blind, from the same guide.`);
console.log('Flags of the first labeller the second also made (same rule, overlapping span), per rule:');
for (const [rule, entry] of [...perRule].sort()) console.log(`  ${rule.padEnd(22)} ${ratio(entry.agreed, entry.labels)}`);
console.log(`first labeller's flags found by the second: ${ratio(firstFoundBySecond, firstFlags)}`);
console.log(`second labeller's flags found by the first: ${ratio(secondFoundByFirst, secondFlags)}`);
console.log(`first labeller's must-not-flag spans the second flagged: ${okFlaggedBySecond}/${okSpans} (${((100 * okFlaggedBySecond) / okSpans).toFixed(1)}%)`);
console.log('The checker on the same documents (recall, same rule, overlapping span):');
for (const [split, tally] of [...checker].sort()) {
  console.log(`  ${split.padEnd(8)} flags both people made: ${ratio(tally.bothCaught, tally.both)}; flags only the first made: ${ratio(tally.firstOnlyCaught, tally.firstOnly)}`);
}
console.log('Recall against the first labeller of a checker that caught every flag both people made, and of the rest what this one catches:');
for (const [split, tally] of [...checker].sort()) console.log(`  ${split.padEnd(8)} ${ratio(tally.both + tally.firstOnlyCaught, tally.both + tally.firstOnly)}`);
console.log('The checker on flags both people made, per split and rule:');
for (const [key, tally] of [...checkerPerRule].sort()) console.log(`  ${key.padEnd(30)} ${ratio(tally.bothCaught, tally.both)}`);
