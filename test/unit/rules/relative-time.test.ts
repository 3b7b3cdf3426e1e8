import { expectRule } from '../helpers';

const rule = 'relative-time';

describe(rule, () => {
  it('flags dates relative to when the text was written', () => {
    expectRule(rule, '[[Earlier today]] and [[yesterday]] and [[last night]], payments failed.', { front: 'type: summary' });
    expectRule(rule, 'The outage [[today]] affected payments.', { front: 'type: summary' });
  });

  it('lets a live update say "today"', () => {
    expectRule(rule, 'We will post the next update today at 16:00 UTC.', { front: 'type: update' });
  });

  it('accepts a relative word followed by a date', () => {
    expectRule(rule, 'We will publish the report tomorrow, 5 March 2026.', { front: 'type: summary' });
  });
});
