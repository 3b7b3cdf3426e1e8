import assert from 'node:assert/strict';
import { lint } from '../../src/engine/index';
import { explainedTerms } from '../../src/engine/explained-terms';

// Text shaped to make regular expressions backtrack. Each of these took minutes before the
// expressions were bounded; a hang shows up as mocha's timeout, the assertions check the results.
describe('text built to make the checks backtrack', () => {
  it('finds no explained terms in a long run of hyphenated letters, quickly', () => {
    assert.deepEqual(explainedTerms('a-'.repeat(100_000)), []);
    assert.deepEqual(explainedTerms('x, a '.repeat(40_000)), []);
  });

  it('checks a 200,000-character hyphen run without a finding', () => {
    const result = lint('a-'.repeat(100_000));
    assert.deepEqual(result.ruleFailures, []);
    assert.deepEqual(result.findings.filter((finding) => finding.ruleId !== 'missing-section'), []);
  });

  it('checks a 180,000-character sentence, cut into pieces, and still finds the rote apology after it', () => {
    const text = `${'sorry '.repeat(30_000)}. We apologize for any inconvenience this may have caused.`;
    const result = lint(text);
    assert.deepEqual(result.ruleFailures, []);
    const apology = result.findings.find((finding) => finding.ruleId === 'non-apology');
    assert.equal(text.slice(apology!.range.start.offset, apology!.range.end.offset), 'We apologize for any inconvenience this may have caused');
    assert.ok(!result.findings.some((finding) => finding.ruleId === 'hedging'));
  });
});
