import { expectRule } from '../helpers';

const rule = 'relative-time';

describe(rule, () => {
  it('flags dates relative to when the text was written', () => {
    expectRule(rule, '[[Earlier today]] and [[yesterday]] and [[last night]], payments failed.', { front: 'type: summary' });
    expectRule(rule, 'The outage [[today]] affected payments.', { front: 'type: summary' });
  });

  it('lets a live update say "today" with the clock time of what comes next', () => {
    expectRule(rule, 'We will post the next update today at 16:00 UTC.', { front: 'type: update' });
    expectRule(rule, 'Maintenance starts tonight from 10pm BST.', { front: 'type: maintenance' });
  });

  it('flags a bare "today" even in a live update, which stays on the status page for years', () => {
    expectRule(rule, 'We are sorry about the outage we had [[today]].', { front: 'type: update' });
    expectRule(rule, 'The planned maintenance is going ahead [[tonight]] as scheduled.', { front: 'type: maintenance' });
  });

  it('accepts "not today" as a figure of speech', () => {
    expectRule(rule, 'We have a redundant link. Not today.', { front: 'type: summary' });
  });

  it('accepts a relative word followed by a date', () => {
    expectRule(rule, 'We will publish the report tomorrow, 5 March 2026.', { front: 'type: summary' });
  });

  it('still flags a relative word followed by a clock time, which is not a date', () => {
    expectRule(rule, 'It was resolved [[this morning]] at 04:00 UTC.', { front: 'type: summary' });
  });

  it('accepts a weekday in a calendar rule', () => {
    expectRule(rule, 'Maintenance runs on the last Wednesday of the month. It failed [[last Wednesday]].', { front: 'type: summary' });
  });

  it('accepts a relative word with the dates listed right after it', () => {
    expectRule(rule, 'Three outages in the last week, on Friday, August 28th, and Tuesday.', { front: 'type: summary' });
    expectRule(rule, 'Cards work again today (Saturday, October 14th).', { front: 'type: summary' });
  });

  it('flags "our recent outage" in a text read later', () => {
    expectRule(rule, 'We want to explain our [[recent outage]].', { front: 'type: follow-up' });
    expectRule(rule, 'I also want to explain these recent issues and what we changed.', { front: 'type: follow-up' });
  });

  it('flags fortnights and next week, and reads "Thursday, the 19th of January" as a date', () => {
    expectRule(rule, '[[A fortnight ago]] we moved banks; water returns [[late next week]].', { front: 'type: summary' });
    expectRule(rule, 'Delays between 4:00 and 4:55 UTC on Thursday, the 19th of January, 2023.', { front: 'type: summary' });
  });

  it('flags "this week" and "Friday morning" without a date', () => {
    expectRule(rule, 'Tickets were sent [[this week]].', { front: 'type: follow-up' });
    expectRule(rule, 'Starting [[Friday morning]], videos failed to play.', { front: 'type: summary' });
    expectRule(rule, 'Starting Friday morning, 12 May, videos failed to play.', { front: 'type: summary' });
  });

  it('accepts "today" right after a clock time in a live update, and a schedule or a dated sentence', () => {
    expectRule(rule, 'Card payments have failed since 14:02 UTC today.', { front: 'type: update' });
    expectRule(rule, 'We will post the next update at noon today.', { front: 'type: update' });
    expectRule(rule, 'Our Sunday morning maintenance window runs from 02:00 to 04:00 UTC.', { front: 'type: summary' });
    expectRule(rule, 'The latest issue was fixed on 4 March 2026.', { front: 'type: summary' });
  });

  it('flags minutes ago', () => {
    expectRule(rule, 'About [[ten minutes ago]] the link failed.', { front: 'type: summary' });
  });

  it('reads a clock time before "today" only when it is one, a date only when it belongs to the phrase', () => {
    expectRule(rule, 'Payments failed at 14:02 and [[today]] we will deploy the fix.', { front: 'type: update' });
    expectRule(rule, 'We had a [[recent outage]], and the one on 4 March was worse.', { front: 'type: summary' });
    expectRule(rule, '[[A few minutes ago]] the link failed.', { front: 'type: summary' });
  });
});
