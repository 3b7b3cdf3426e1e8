import type { ReadabilityScore } from './types';

/** Flesch reading ease and Flesch–Kincaid grade from word, sentence and syllable counts. */
export function documentScore(parts: ReadonlyArray<{ words: number; sentences: number; syllables: number }>): ReadabilityScore {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const part of parts) {
    words += part.words;
    sentences += part.sentences;
    syllables += part.syllables;
  }
  if (words === 0 || sentences === 0) return { words, sentences, syllables, grade: 0, readingEase: 100 };
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  const readingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return {
    words,
    sentences,
    syllables,
    grade: Math.round(Math.max(0, grade) * 10) / 10,
    readingEase: Math.round(Math.min(100, Math.max(0, readingEase)) * 10) / 10,
  };
}
