import { expectRule } from '../helpers';

const rule = 'hedging';

describe(rule, () => {
  it('flags vague non-commitment about findings', () => {
    const [finding] = expectRule(rule, '[[We believe]] the cause was a bad certificate.');
    if (finding!.severity !== 'info') throw new Error('hedging is info');
    expectRule(rule, '[[It appears]] the cache filled up.');
    expectRule(rule, 'Your data [[may have been]] exposed.');
    expectRule(rule, 'The release was [[possibly]] at fault.');
  });

  it('stays quiet on "may" about the future and on confirmed findings', () => {
    expectRule(rule, 'Users may see delays while the queue drains.', { front: 'type: update\nstatus: monitoring' });
    expectRule(rule, 'We confirmed the cause: an expired certificate.');
  });

  it('does not read values as hedging', () => {
    expectRule(rule, 'We believe in being open about incidents.');
    expectRule(rule, 'What you may have noticed: pages loaded slowly.');
  });

  it('flags a negated belief about findings', () => {
    expectRule(rule, '[[We do not believe]] any data was accessed.');
  });

  it('flags "most likely", not a conditional instruction', () => {
    expectRule(rule, 'The attackers were [[most likely]] in the system for a day.');
    expectRule(rule, 'If it doesn’t seem to have fixed the problem, restart the router.');
  });

  it('treats a quoted conditional instruction like any other', () => {
    expectRule(rule, '“If it doesn’t seem to have fixed the problem, restart the router. Then call us.');
  });

  it('leaves the rote apology to non-apology, so one phrase gets one finding', () => {
    expectRule(rule, 'We apologize for any disruption this incident may have caused.');
    expectRule(rule, 'Some data [[may have been]] lost.');
  });

  it('leaves "most likely to" and a conditional mid-sentence alone', () => {
    expectRule(rule, 'Customers most likely to notice were those in Europe.');
    expectRule(rule, 'Restart the router if it doesn’t seem to have fixed the problem.');
  });

  it('flags "it is possible" about findings, not about what a live update expects', () => {
    expectRule(rule, '[[It is possible]] that some orders were lost.', { front: 'type: summary' });
    expectRule(rule, 'It is possible that some systems come back online before Monday.', { front: 'type: update' });
    expectRule(rule, 'It is possible to export your data from settings.', { front: 'type: summary' });
    expectRule(rule, 'This [[may have also caused]] some calls to drop.', { front: 'type: summary' });
  });

  it('leaves "may have" alone in the question an investigation is answering', () => {
    expectRule(rule, 'We are reviewing the mailbox to determine what health information it may have contained.', { front: 'type: security' });
    expectRule(rule, 'We are checking whether any messages may have been lost.', { front: 'type: update' });
    expectRule(rule, 'Some messages [[may have been]] lost.', { front: 'type: summary' });
  });

  it('flags "potentially" and "may have included"', () => {
    expectRule(rule, 'Meetings were [[potentially]] disrupted.', { front: 'type: summary' });
    expectRule(rule, 'The files [[may have included]] names and addresses.', { front: 'type: security' });
  });

  it('treats "also" like the plain form and leaves possibility of doing things alone', () => {
    expectRule(rule, 'If you think you may also have been charged twice, contact us.', { front: 'type: summary' });
    expectRule(rule, 'It is possible, in theory, to hit this bug again. Where it is possible, we refunded.', { front: 'type: summary' });
    expectRule(rule, 'Attackers could access potentially sensitive data such as names.', { front: 'type: security' });
    expectRule(rule, 'It does look like the fix worked.', { front: 'type: update' });
  });

  it('still flags "it is possible, though unlikely, that"', () => {
    expectRule(rule, '[[It is possible]], though unlikely, that your card details were read.', { front: 'type: security' });
  });

  it('flags a likely cause and guesses about what would have happened', () => {
    expectRule(rule, '[[The likely cause]] was a failed switch.');
    expectRule(rule, 'It was [[a plausible]] network outage.');
    expectRule(rule, 'The delay [[would have been mitigated]] by the new queue.');
    expectRule(rule, 'This transition [[would have resulted]] in a loss of power.');
  });

  it('leaves a conditional about what would have happened alone', () => {
    expectRule(rule, 'If we had alerting, the delay would have been avoided.');
  });

  it('leaves admissions and reasons for a decision alone', () => {
    expectRule(rule, 'We could have caught this earlier, and we did not.');
    expectRule(rule, 'This incident could have been prevented by a pre-deploy check, which we have now added.');
    expectRule(rule, 'Retrying the batch would have resulted in duplicate charges, so we paused the queue.');
  });

  it('does not take “could have been prevented” for doubt about whether it happened', () => {
    expectRule(rule, 'This incident could have been prevented by a check before deploys.');
    expectRule(rule, 'Your data [[may have been]] viewed.');
  });
});
