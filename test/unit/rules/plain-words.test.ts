import assert from 'node:assert/strict';
import { lint } from '../../../src/engine/index';
import { expectRule } from '../helpers';

const rule = 'plain-words';

describe(rule, () => {
  it('flags wordy words with a safe replacement', () => {
    const [finding] = expectRule(rule, 'We [[utilize]] two regions [[in order to]] stay up.');
    assert.equal(finding!.suggestions[0]!.replacement, 'use');
    assert.equal(finding!.suggestions[0]!.safe, true);
    expectRule(rule, '[[Prior to]] the release, we [[commenced]] testing.');
  });

  it('keeps the case at the start of a sentence', () => {
    const [finding] = expectRule(rule, '[[Subsequently]], we restarted it.');
    assert.equal(finding!.suggestions[0]!.replacement, 'Later');
  });

  it('stays quiet on plain words', () => {
    expectRule(rule, 'We use two regions to stay up. Before the release we started testing.');
  });

  it('flags formal verbs', () => {
    expectRule(rule, 'We are [[employing]] a new method. The fault [[emanated from]] one rack. The [[remediation]] is done.');
  });

  it('reads "at this time" as "now" only in the present tense', () => {
    expectRule(rule, '[[At this time]], we have no further updates.');
    expectRule(rule, 'At this time we were still diagnosing the problem.');
  });

  it('offers plain words for letter-writing formulas', () => {
    expectRule(rule, 'Payments are posted [[upon receipt of]] the file [[in a customary fashion]].');
  });

  it('offers plain words for "demarcated" and "performant"', () => {
    expectRule(rule, 'The area was [[demarcated]] and the new code is [[performant]].');
  });

  it('leaves alone words readers did not find wordy in published texts', () => {
    expectRule(rule, 'This affected a large number of websites. The majority of requests failed, numerous orders stalled, and we terminated the session.');
  });

  it('does not mark a fix safe where the replacement changes the grammar', () => {
    const fixes = lint('---\ntype: summary\n---\n\nWe took remedial action and listed the remediations. The new code is performant.\n').findings.filter((finding) => finding.ruleId === rule);
    assert.equal(fixes.length, 3);
    assert.ok(fixes.every((finding) => !finding.suggestions[0]?.safe));
  });

  it('offers "gives" for "sets forth"', () => {
    expectRule(rule, 'This letter [[sets forth]] what happened.');
  });

  it('leaves “additionally” alone: readers of real incident texts did not find it wordy', () => {
    expectRule(rule, 'Additionally, the team restored the backups.');
  });
});
