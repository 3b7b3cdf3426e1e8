// Experiment: does telling the checker who reads a text close the jargon gap? A user sets `audience:` in
// front matter; the corpus texts have none. `test/corpus/audience.tsv` holds, for every corpus text, the
// reader a helper judged from the text alone (blind to the labels and the checker). This script checks
// every text as written, then with that audience added to its front matter, and compares the figures.
// Run: npx tsx scripts/experiments/audience.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, loadCorpus, type CorpusDocument } from '../corpus';
import { evaluate } from '../evaluate';

const audienceOf = new Map(
  readFileSync(path.join(CORPUS_DIR, 'audience.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('\t') as [string, string]),
);

function withAudience(text: string, audience: string | undefined): string {
  return audience ? text.replace(/^---\n/, `---\naudience: ${audience}\n`) : text;
}

function figures(documents: CorpusDocument[], audience: (name: string) => string | undefined): string {
  // Labels are text, found again in the text with the audience line added.
  const tally = evaluate(documents.map((document) => ({ ...document, text: withAudience(document.text, audience(document.name)) })));
  const jargon = tally.perRule.get('jargon') ?? { labels: 0, caught: 0 };
  return `recall ${(tally.caught / tally.labels).toFixed(3)} (${tally.caught}/${tally.labels}), jargon ${jargon.caught}/${jargon.labels}; false flags ${((100 * tally.okFlagged) / tally.okSpans).toFixed(1)} % (${tally.okFlagged}/${tally.okSpans}), by jargon ${tally.falseByRule.get('jargon') ?? 0}`;
}

const corpus = loadCorpus();
const missing = corpus.filter((document) => !audienceOf.has(document.name)).map((document) => document.name);
if (missing.length) console.warn(`No audience judged for ${missing.length} texts: ${missing.slice(0, 5).join(', ')}…`);
const counts = new Map<string, number>();
for (const audience of audienceOf.values()) counts.set(audience, (counts.get(audience) ?? 0) + 1);
console.log(`audiences judged: ${[...counts].map(([audience, count]) => `${audience} ${count}`).join(', ')}`);
for (const split of ['tune', 'holdout'] as const) {
  const documents = corpus.filter((document) => document.split === split);
  console.log(`${split.padEnd(8)} as written:        ${figures(documents, () => undefined)}`);
  console.log(`${split.padEnd(8)} with the audience: ${figures(documents, (name) => audienceOf.get(name))}`);
}
