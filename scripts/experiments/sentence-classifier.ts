// Experiment: can a model learned from the labelled tune documents judge whole sentences where phrase
// tables run out (blame, vague prevention, guarantees, passive voice)? A multinomial naive Bayes over
// words and word pairs, one model per rule, trained on tune sentences; its threshold is set by five-fold
// cross-validation on tune documents so that it flags at most 2 % of sentences holding a must-not-flag
// span. Then it is measured once on the holdout. No extra packages.
// Run: npx tsx scripts/experiments/sentence-classifier.ts
import { loadCorpus, occurrences, type CorpusDocument } from '../corpus';

interface Sentence {
  text: string;
  document: string;
  rules: Set<string>;
  holdsOkSpan: boolean;
}

function sentencesOf(document: CorpusDocument): Sentence[] {
  const bodyStart = document.text.indexOf('\n---', 3) + 4;
  const sentences: Sentence[] = [];
  for (const match of document.text.slice(bodyStart).matchAll(/[^.!?\n]+[.!?]?/g)) {
    if (match[0].trim().length < 15) continue;
    const start = bodyStart + match.index!;
    const end = start + match[0].length;
    const within = (text: string) => occurrences(document.text, text).some(([from, to]) => from < end && to > start);
    sentences.push({
      text: match[0],
      document: document.name,
      rules: new Set(document.flag.filter((label) => within(label.text)).map((label) => label.rule ?? '?')),
      holdsOkSpan: document.ok.some((label) => within(label.text)),
    });
  }
  return sentences;
}

function features(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return [...new Set([...words, ...words.slice(1).map((word, k) => `${words[k]} ${word}`)])];
}

function train(sentences: Sentence[], rule: string): (text: string) => number {
  const counts = { yes: new Map<string, number>(), no: new Map<string, number>() };
  const totals = { yes: 0, no: 0 };
  const sentencesPer = { yes: 0, no: 0 };
  for (const sentence of sentences) {
    const side = sentence.rules.has(rule) ? 'yes' : 'no';
    sentencesPer[side]++;
    for (const feature of features(sentence.text)) {
      counts[side].set(feature, (counts[side].get(feature) ?? 0) + 1);
      totals[side]++;
    }
  }
  const vocabulary = new Set([...counts.yes.keys(), ...counts.no.keys()]).size;
  const prior = Math.log((sentencesPer.yes + 1) / (sentencesPer.no + 1));
  return (text) => features(text).reduce((score, feature) => score + Math.log(((counts.yes.get(feature) ?? 0) + 1) / (totals.yes + vocabulary)) - Math.log(((counts.no.get(feature) ?? 0) + 1) / (totals.no + vocabulary)), prior);
}

const corpus = loadCorpus();
const tune = corpus.filter((document) => document.split === 'tune').flatMap(sentencesOf);
const holdout = corpus.filter((document) => document.split === 'holdout').flatMap(sentencesOf);
const documentNames = [...new Set(tune.map((sentence) => sentence.document))];
for (const rule of ['blame-language', 'vague-prevention', 'absolute-guarantee', 'passive-blame', 'status-speak', 'minimizing-language', 'jargon']) {
  const scored: Array<{ score: number; sentence: Sentence }> = [];
  for (let fold = 0; fold < 5; fold++) {
    const held = new Set(documentNames.filter((_, k) => k % 5 === fold));
    const model = train(tune.filter((sentence) => !held.has(sentence.document)), rule);
    for (const sentence of tune.filter((item) => held.has(item.document))) scored.push({ score: model(sentence.text), sentence });
  }
  const okScores = scored.filter(({ sentence }) => sentence.holdsOkSpan && !sentence.rules.has(rule)).map(({ score }) => score).sort((a, b) => b - a);
  const threshold = okScores[Math.floor(okScores.length * 0.02)] ?? Infinity;
  const labelled = scored.filter(({ sentence }) => sentence.rules.has(rule));
  const crossValidated = labelled.filter(({ score }) => score > threshold).length / Math.max(1, labelled.length);
  const model = train(tune, rule);
  const flagged = holdout.filter((sentence) => sentence.rules.has(rule));
  const okSentences = holdout.filter((sentence) => sentence.holdsOkSpan && !sentence.rules.has(rule));
  console.log(`${rule.padEnd(20)} tune (cross-validated) recall ${crossValidated.toFixed(2)} of ${labelled.length} sentences | holdout: ${flagged.filter((sentence) => model(sentence.text) > threshold).length} of ${flagged.length} labelled sentences caught, ${okSentences.filter((sentence) => model(sentence.text) > threshold).length} of ${okSentences.length} must-not-flag sentences flagged`);
}
