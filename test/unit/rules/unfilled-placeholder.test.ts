import assert from 'node:assert/strict';
import { expectRule } from '../helpers';

const rule = 'unfilled-placeholder';

describe(rule, () => {
  it('flags template placeholders left in', () => {
    const [finding] = expectRule(rule, 'Hello [[{{customer_name}}]], the outage started at [[XX:XX]] UTC. [[TODO]]: add cause.');
    assert.equal(finding!.severity, 'error');
    expectRule(rule, 'Impact: [[[TBD]]]. Contact [[<customer name>]].');
    expectRule(rule, 'Affected: [[[component name]]].');
    expectRule(rule, 'It lasted [[N minutes]].');
  });

  it('stays quiet on links, real times and ordinary words', () => {
    expectRule(rule, 'See [our status page](https://status.example.com) and the [incident report][1] from 14:02 UTC.\n\n[1]: https://example.com/report');
    expectRule(rule, 'Use the <kbd>Retry</kbd> button. Tomorrow we publish the to-do list.');
  });
});
