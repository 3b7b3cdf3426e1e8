import { expectRule } from '../helpers';

const rule = 'absolute-guarantee';

describe(rule, () => {
  it('flags promises of perfection', () => {
    expectRule(rule, '[[This will never happen again]].');
    expectRule(rule, "We've [[completely fixed]] the issue.");
    expectRule(rule, 'The risk is now [[fully eliminated]].');
    expectRule(rule, '[[We guarantee]] your data is safe.');
    expectRule(rule, 'Our platform is [[100% reliable]].');
    expectRule(rule, 'We changed the deploy process to [[ensure this cannot recur]].');
    expectRule(rule, '[[Rest assured]], [[it won\'t happen again]].');
  });

  it('stays quiet on measurements and realistic commitments', () => {
    expectRule(rule, '100% of requests to the API failed between 14:02 and 14:19 UTC.');
    expectRule(rule, 'We added a check that blocks this configuration from being deployed again.');
    expectRule(rule, 'These changes reduce the risk of a repeat.');
  });

  it('offers a realistic rewording', () => {
    const [finding] = expectRule(rule, '[[This will never happen again]].');
    if (!finding!.suggestions[0]?.replacement.startsWith('We have made changes')) throw new Error('expected a rewording suggestion');
  });

  it('spares conditional sentences and catches verb variants', () => {
    expectRule(rule, 'If this ever happens again, you will get an email.');
    expectRule(rule, 'We will make sure it [[never happens again]].');
    expectRule(rule, 'It is now [[impossible for this to happen]].');
  });

  it('flags a bare guarantee, not a refusal to guarantee or a contract figure', () => {
    expectRule(rule, 'The new system [[guarantees that]] calls reach you.');
    expectRule(rule, 'We cannot guarantee that calls reach you during the work.');
    expectRule(rule, 'Our SLA guarantees 99.9% uptime.');
  });

  it('flags promises that a change will prevent it happening again', () => {
    expectRule(rule, 'The new setup [[will prevent this from happening again]].');
    expectRule(rule, 'We will [[ensure such an outage does not happen again]].');
    expectRule(rule, 'The alert will help prevent this from happening again.');
  });

  it('flags a permanent fix after the event and any "prevent … from happening again"', () => {
    expectRule(rule, 'We deployed a [[permanent fix]].', { front: 'type: summary' });
    expectRule(rule, 'We are working on a permanent fix.', { front: 'type: update' });
    expectRule(rule, 'The change will [[prevent the bottleneck and cascading effects from happening again]].');
    expectRule(rule, 'With the new design we [[will not be impacted in this manner again]].');
  });

  it('does not read negated, hedged or pending prevention as a promise', () => {
    expectRule(rule, 'We cannot prevent every outage from happening again.');
    expectRule(rule, 'These changes will help us to prevent this from happening again.');
    expectRule(rule, 'The new alert should prevent this from happening again.');
    expectRule(rule, 'We do not yet have a permanent fix; the workaround stays in place.', { front: 'type: summary' });
    expectRule(rule, 'We are working on a permanent fix.', { front: 'type: follow-up' });
    expectRule(rule, 'The permanent fix is scheduled for 20 March 2026.', { front: 'type: summary' });
    expectRule(rule, "We [[won't be impacted in this way again]].");
  });

  it('does not read a guarantee the reader holds, or a refusal with n’t, as a promise', () => {
    expectRule(rule, 'The money-back guarantee covers this outage. Your deposit guarantee is not affected.');
    expectRule(rule, "We don't guarantee refunds before Friday.");
  });

  it('flags "ensure this issue would not occur again"', () => {
    expectRule(rule, 'We changed the code to [[ensure this issue would not occur again]].');
  });

  it('flags a permanent fix in a resolution, but not "working to ensure"', () => {
    expectRule(rule, 'We deployed a [[permanent fix]].', { front: 'type: resolution' });
    expectRule(rule, 'We are working to ensure this does not happen again.');
  });

  it('flags ensuring that something will not happen in the future, however it is worded', () => {
    expectRule(rule, 'We are re-evaluating all CDN endpoints to [[ensure]] no configurations will result in future failures.');
  });

  it('leaves checks that were made, and ensuring something concrete, alone', () => {
    expectRule(rule, 'We monitored to ensure impact did not reoccur.');
    expectRule(rule, 'We added checks to ensure backups do not fail silently.');
    expectRule(rule, 'We will help ensure it does not happen again.');
  });

  it('flags seamless outcomes, avoiding every problem and being well protected', () => {
    expectRule(rule, 'We made changes to [[ensure seamless]] webhook processing.');
    expectRule(rule, 'We upgraded the servers, which [[will avoid any problems]] in the future.');
    expectRule(rule, 'We [[are well protected against]] cyber-attacks.'.replace('[[are well protected against]]', 'are [[well protected against]]'));
    expectRule(rule, 'This should help avoid any problems.');
  });

  it('flags a “never again” promise once, not its “make sure” as well', () => {
    expectRule(rule, 'We will make sure it [[never happens again]].');
  });

  it('leaves ensuring something concrete, and advice to readers, alone', () => {
    expectRule(rule, 'We rotated all keys to ensure that the leaked token can no longer be used in future requests.');
    expectRule(rule, 'We added an alert to make sure we are paged if the certificate is not renewed in future.');
    expectRule(rule, 'Please make sure your app is updated so that you are not affected in future.');
  });
});
