import assert from 'node:assert/strict';
import { lint } from '../../src/engine/index';
import { explainedTerms } from '../../src/engine/explained-terms';

// Text shaped to make regular expressions backtrack. Each of these took minutes before the
// expressions were bounded; a hang shows up as mocha's timeout, the assertions check the results.
describe('text built to make the checks backtrack', () => {
  it('finds no explained terms in a long run of hyphenated letters, quickly', () => {
    assert.deepEqual(explainedTerms('a-'.repeat(100_000)), []);
    assert.deepEqual(explainedTerms('x, a '.repeat(40_000)), ['a x', 'x']);
    assert.deepEqual(explainedTerms(`This incident affected: ${'a '.repeat(100_000)}`), ['a', 'a a', 'a a a', 'a a a a']);
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

  it('checks long text inside emphasis or a link, which the converter cannot take in one piece', () => {
    for (const text of ['*' + 'a-'.repeat(70_000) + '*', '[' + ('a-'.repeat(14_000) + '`x` ').repeat(7) + '](https://example.com)']) {
      const result = lint(`${text}\n\nWe apologize for any inconvenience.`);
      assert.deepEqual(result.ruleFailures, []);
      assert.ok(result.findings.some((finding) => finding.ruleId === 'non-apology'));
    }
  });

  it('reads context within a window, so a long sentence with many matches is not quadratic', () => {
    const result = lint(`sorry ${('may have been '.repeat(1_400) + '*b* ').repeat(20)}`);
    assert.equal(result.findings.filter((finding) => finding.ruleId === 'hedging').length, 28_000);
    const blame = lint(('due to the provider '.repeat(1_000) + '*b* ').repeat(10));
    assert.equal(blame.findings.filter((finding) => finding.ruleId === 'blame-language').length, 10_000);
  });

  it('anchors status-speak context, so a run of spaces cannot make it backtrack', () => {
    const result = lint(`We are currently investigating${' '.repeat(20_000)}x.`);
    assert.deepEqual(result.findings.map((finding) => finding.ruleId), ['status-speak']);
  });

  it('looks back a bounded distance for a zone, so a long line of times is not quadratic', () => {
    const times = lint('at 1830 '.repeat(20_000)).findings.filter((finding) => finding.ruleId === 'time-zone');
    assert.equal(times.length, 20_000);
    const zoned = lint(`${'Payments failed at 14:02 UTC and recovered. '.repeat(4_000)}`).findings.filter((finding) => finding.ruleId === 'time-zone');
    assert.equal(zoned.length, 0);
  });
});
