/**
 * Sentence readability, as retext-readability computes it (the same seven formulas from the same
 * packages, the same age conversion and agreement threshold), with the Dale–Chall and Spache word
 * lists held in Sets: retext-readability searches those lists with Array#includes for every word,
 * which was the largest single cost of a check.
 */
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';

export interface ReadabilitySettings {
  age: number;
  threshold: number;
  minWords: number;
}

const FAMILIAR = new Set(spache);
const EASY = new Set(daleChall);

export interface SentenceWords {
  words: string[];
  syllables: number[];
}

/** How many of the seven formulas put the sentence above the target age, or undefined when too short. */
export function formulasAbove(sentence: SentenceWords, settings: ReadabilitySettings): number | undefined {
  const { words, syllables } = sentence;
  if (words.length < settings.minWords) return undefined;
  const familiar = new Set<string>();
  const easy = new Set<string>();
  let letters = 0;
  let totalSyllables = 0;
  let polysyllabic = 0;
  let complexPolysyllabic = 0;
  for (let index = 0; index < words.length; index++) {
    const value = words[index]!;
    const caseless = value.toLowerCase();
    const count = syllables[index]!;
    totalSyllables += count;
    letters += value.length;
    if (count >= 3) {
      polysyllabic++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysyllabic++;
    }
    if (FAMILIAR.has(caseless)) familiar.add(caseless);
    if (EASY.has(caseless)) easy.add(caseless);
  }
  const counts = {
    character: letters,
    complexPolysillabicWord: complexPolysyllabic,
    difficultWord: words.length - easy.size,
    letter: letters,
    polysillabicWord: polysyllabic,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: words.length - familiar.size,
    word: words.length,
  };
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts)),
  ];
  return ages.filter((age) => age > settings.age).length;
}

export const FORMULAS = 7;

export function isHard(above: number | undefined, settings: ReadabilitySettings): boolean {
  return above !== undefined && above / FORMULAS >= settings.threshold;
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}
