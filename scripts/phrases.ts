// Per phrase a rule matched on the tune split: how many of its findings land on a labelled flag, on a
// must-not-flag span, or on neither. A phrase that only ever lands on must-not-flag spans is a candidate
// to drop. Tune split only: the holdout is measured by eval, never studied.
// Usage: npm run phrases -- plain-words [--list]   (--list: every finding with its context and where it landed)
import { lint } from '../src/engine/index';
import { findingOverlaps, loadCorpus, occurrences } from './corpus';

const rule = process.argv[2];
if (!rule) {
  console.error('Usage: npm run phrases -- RULE-ID');
  process.exit(2);
}
const list = process.argv.includes('--list');
const tally = new Map<string, { flagged: number; mustNotFlag: number; neither: number }>();
for (const document of loadCorpus().filter((candidate) => candidate.split === 'tune')) {
  const spans = (labels: Array<{ text: string }>) => labels.flatMap((label) => occurrences(document.text, label.text));
  const flagged = spans(document.flag.filter((label) => label.rule === rule));
  const ok = spans(document.ok);
  for (const finding of lint(document.text).findings.filter((candidate) => candidate.ruleId === rule)) {
    const { offset: start } = finding.range.start;
    const { offset: end } = finding.range.end;
    const hits = (list: Array<[number, number]>) => list.some((span) => findingOverlaps(finding, span));
    const phrase = (finding.actual ?? document.text.slice(start, end)).toLowerCase();
    const entry = tally.get(phrase) ?? { flagged: 0, mustNotFlag: 0, neither: 0 };
    tally.set(phrase, entry);
    const landed = hits(flagged) ? 'flagged' : hits(ok) ? 'must-not-flag' : 'neither';
    if (landed === 'flagged') entry.flagged++;
    else if (landed === 'must-not-flag') entry.mustNotFlag++;
    else entry.neither++;
    if (list) {
      const context = document.text.slice(Math.max(0, start - 60), end + 60).replace(/\s+/g, ' ');
      console.log(`${landed.padEnd(13)} ${document.name.slice(0, 32).padEnd(32)} …${context}…`);
    }
  }
}
console.log(`${'phrase'.padEnd(40)} flagged  must-not-flag  neither`);
for (const [phrase, entry] of [...tally].sort((a, b) => b[1].mustNotFlag - a[1].mustNotFlag || b[1].flagged - a[1].flagged)) {
  console.log(`${phrase.slice(0, 39).padEnd(40)} ${String(entry.flagged).padStart(7)}  ${String(entry.mustNotFlag).padStart(13)}  ${String(entry.neither).padStart(7)}`);
}
