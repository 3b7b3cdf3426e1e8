import assert from 'node:assert/strict';
import { Linter, RULES_BY_ID } from '../../src/engine/index';
import type { ChunkRule, DocumentRule } from '../../src/engine/rule';

describe('a rule that throws', () => {
  it('is skipped and reported; the other rules still run', () => {
    const chunkRule = RULES_BY_ID.get('hedging') as ChunkRule;
    const documentRule = RULES_BY_ID.get('time-zone') as DocumentRule;
    const originals = [chunkRule.check, documentRule.check];
    chunkRule.check = () => {
      throw new Error('boom in a block');
    };
    documentRule.check = () => {
      throw new Error('boom in the document');
    };
    try {
      const linter = new Linter();
      linter.lint('We believe the cause was found at 14:32. We apologize for any inconvenience.');
      const result = linter.lint('We believe the cause was found at 14:32. We apologize for any inconvenience.');
      assert.deepEqual(result.ruleFailures, [
        { ruleId: 'hedging', error: 'boom in a block' },
        { ruleId: 'time-zone', error: 'boom in the document' },
      ]);
      assert.deepEqual(result.findings.map((finding) => finding.ruleId), ['non-apology']);
    } finally {
      [chunkRule.check, documentRule.check] = originals as [ChunkRule['check'], DocumentRule['check']];
    }
  });
});
