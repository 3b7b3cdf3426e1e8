import { expectRule } from '../helpers';

const rule = 'vague-prevention';

describe(rule, () => {
  it('flags prevention with no substance', () => {
    expectRule(rule, 'We are [[improving monitoring]].');
    expectRule(rule, 'We are [[taking steps]] to prevent this.');
    expectRule(rule, 'We [[will continue to improve]].');
  });

  it('stays quiet when specifics follow', () => {
    expectRule(rule, 'We are improving monitoring by adding an alert when the queue is older than 5 minutes.');
    expectRule(rule, 'We added a check that blocks deploys when the certificate expires within 30 days.');
  });

  it('needs real specifics, not any number, to stay quiet', () => {
    expectRule(rule, 'We [[continue to monitor]] the security of our 3 networks.');
    expectRule(rule, 'We continue to monitor: alerts now fire after 5 minutes of errors.');
  });
});
