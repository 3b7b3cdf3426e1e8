import assert from 'node:assert/strict';
import { lint } from '../../../src/engine/index';
import { expectRule, lintText } from '../helpers';

const rule = 'readability';
const HARD = 'The aforementioned infrastructural reconfiguration necessitated comprehensive revalidation of interdependent authentication subsystems, consequently precipitating intermittent unavailability throughout multiple geographically distributed operational environments.';

describe(rule, () => {
  it('flags a sentence too hard for the target reader', () => {
    const [finding] = expectRule(rule, `[[${HARD}]]`);
    assert.match(finding!.message, /reading age of 18/);
  });

  it('stays quiet on plain sentences', () => {
    expectRule(rule, 'Logins failed for 20 minutes. We fixed the setting and logins work again.');
  });

  it('follows the configured target', () => {
    expectRule(rule, '[[We restarted the payment service and confirmed that every queued payment went through.]]', { config: { readability: { age: 6, threshold: 0.2, minWords: 5 } } });
  });

  it('reports a document score', () => {
    const easy = lint('Logins failed. We fixed it. It works now.').readability;
    const hard = lint(HARD).readability;
    assert.equal(easy.sentences, 3);
    assert.ok(easy.readingEase > hard.readingEase);
    assert.ok(hard.grade > easy.grade);
    assert.equal(lintText('').length, 0);
  });
});
