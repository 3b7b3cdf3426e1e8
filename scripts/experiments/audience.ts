// Experiment: does telling the checker who reads a text close the jargon gap? A user sets `audience:` in
// front matter; the corpus texts have none. `test/corpus/audience.tsv` holds, for every corpus text, the
// reader a helper judged from the text alone (blind to the labels and the checker). This script checks
// every text as written, then with that audience added to its front matter, and compares the figures.
// Run: npx tsx scripts/experiments/audience.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/engine/index';
import { CORPUS_DIR, findingOverlaps, loadCorpus, occurrences, type CorpusDocument } from '../corpus';

const audienceOf = new Map(
  readFileSync(path.join(CORPUS_DIR, 'audience.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('\t') as [string, string]),
);

function withAudience(text: string, audience: string | undefined): string {
  return audience ? text.replace(/^---\n/, `---\naudience: ${audience}\n`) : text;
}

function figures(documents: CorpusDocument[], audience: (name: string) => string | undefined) {
  let labels = 0, caught = 0, jargonLabels = 0, jargonCaught = 0, okSpans = 0, okFlagged = 0, okFlaggedByJargon = 0;
  for (const document of documents) {
    // Labels are text, found again in the text with the audience line added.
    const text = withAudience(document.text, audience(document.name));
    const findings = lint(text).findings;
    for (const label of document.flag) {
      for (const span of occurrences(text, label.text)) {
        labels++;
        const hit = findings.some((finding) => finding.ruleId === label.rule && findingOverlaps(finding, span));
        if (hit) caught++;
        if (label.rule === 'jargon') { jargonLabels++; if (hit) jargonCaught++; }
      }
    }
    for (const label of document.ok) {
      for (const span of occurrences(text, label.text)) {
        okSpans++;
        const flagged = findings.filter((finding) => !['readability', 'missing-section', 'front-matter', 'length-limit'].includes(finding.ruleId) && findingOverlaps(finding, span));
        if (flagged.length) okFlagged++;
        if (flagged.some((finding) => finding.ruleId === 'jargon')) okFlaggedByJargon++;
      }
    }
  }
  return `recall ${(caught / labels).toFixed(3)} (${caught}/${labels}), jargon ${jargonCaught}/${jargonLabels}; false flags ${((100 * okFlagged) / okSpans).toFixed(1)} % (${okFlagged}/${okSpans}), by jargon ${okFlaggedByJargon}`;
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
