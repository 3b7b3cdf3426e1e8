import { DEFAULT_READABILITY } from '../processor';
import type { ChunkRule } from '../rule';

const readability: ChunkRule = {
  id: 'readability',
  description: 'Sentences too hard for the target reader (retext-readability).',
  defaultSeverity: 'info',
  scope: 'chunk',
  check(chunk, context) {
    const age = context.config.readability?.age ?? DEFAULT_READABILITY.age;
    return chunk.hardSentences.map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      message: `This sentence is hard to read: ${sentence.agreeing} of ${sentence.of} readability formulas put it above a reading age of ${age}. Split it, or use shorter words.`,
    }));
  },
};

export default readability;
