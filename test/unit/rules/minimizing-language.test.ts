import assert from 'node:assert/strict';
import { expectRule } from '../helpers';

const rule = 'minimizing-language';

describe(rule, () => {
  it('flags phrases that downplay who was affected', () => {
    expectRule(rule, '[[A small number of]] users could not sign in.');
    expectRule(rule, 'This affected [[a subset of]] customers in Europe.');
    expectRule(rule, '[[Some users may have experienced]] slow page loads.');
    expectRule(rule, 'It was [[only a few accounts]].');
    expectRule(rule, 'Emails were [[delayed for some customers]].');
  });

  it('flags phrases that grade the impact or the duration', () => {
    expectRule(rule, 'We had a [[minor disruption]] to checkout.');
    expectRule(rule, 'There was a [[brief issue]] with logins.');
    expectRule(rule, 'Payments saw a [[slight delay]].');
    expectRule(rule, 'The dashboard was [[briefly]] unavailable.');
    expectRule(rule, 'Search was down [[for a short period]].');
    expectRule(rule, 'Only a [[blip]] in the API.');
  });

  it('stays quiet when a number makes the scope or duration honest', () => {
    expectRule(rule, 'Only about 50% of users could reconnect.');
    expectRule(rule, 'A small number of users (about 120) could not sign in.');
    expectRule(rule, 'The dashboard was briefly unavailable, for 4 minutes.');
    expectRule(rule, 'A brief outage of 12 minutes affected every customer.');
  });

  it('stays quiet on phrases that are not about impact', () => {
    expectRule(rule, 'We upgraded to a new minor version of the database.');
    expectRule(rule, 'The change was intended to remove a small number of servers.');
    expectRule(rule, 'The incident team held a briefing at 10:00 UTC.');
    expectRule(rule, 'We deployed the fix just after 14:00 UTC.');
  });

  it('never checks code, quotes or comments', () => {
    expectRule(rule, 'Run `a small number of` and see "a minor disruption" here <!-- a brief issue -->.');
  });

  it('explains what to do instead', () => {
    const [finding] = expectRule(rule, '[[A subset of]] users could not log in.');
    assert.match(finding!.message, /State the scope/);
    assert.equal(finding!.severity, 'warning');
  });

  it('does not flag a deliberate small delay or “quite a few”', () => {
    expectRule(rule, 'We added a small delay between retries.');
    expectRule(rule, 'Quite a few customers wrote to us.');
    expectRule(rule, 'The [[impact was minimal]].');
  });

  it('flags grading the duration or the scope', () => {
    expectRule(rule, 'While the outage [[was short in duration]], we know it hurt.');
    expectRule(rule, 'Given [[the limited nature of]] the data, no action is needed.');
    expectRule(rule, 'The outage was short in duration: 4 minutes, from 09:12 to 09:16 UTC.');
  });

  it('lets a writer say it was more than a blip, and call a workaround a quick fix', () => {
    expectRule(rule, 'This is more than a blip or two. A quick fix was developed within the hour.');
    expectRule(rule, 'It was just a [[blip]]. It was a [[quick issue]].');
  });

  it('leaves the scope of a change alone', () => {
    expectRule(rule, 'Because of the small scope of the change, it skipped our usual review.');
  });

  it('flags "some of our customers" without a number', () => {
    expectRule(rule, 'Calls failed for [[some of our customers]].');
    expectRule(rule, 'Calls failed for some of our 2,000 customers.');
    expectRule(rule, 'Calls failed for 30 of our customers.');
  });

  it('flags graded performance issues and "a proportion of"', () => {
    expectRule(rule, 'Users saw [[minor performance issues]] in the app.');
    expectRule(rule, '[[A proportion of]] these bookings did not arrive.');
  });

  it('flags "some patients have had a problem", but not "as little disruption as possible"', () => {
    expectRule(rule, '[[Some patients have had]] a problem with our phone lines.');
    expectRule(rule, 'We planned the move to cause as little disruption as possible.');
  });

  it('flags rare occurrences, short periods and lingering issues for some', () => {
    expectRule(rule, 'This was [[a very rare occurrence]].');
    expectRule(rule, 'Some homes had [[very short periods of]] supply interruption.');
    expectRule(rule, 'There were lingering [[issues for some users]].');
    expectRule(rule, 'There was a [[very short failure]] of the generator.');
  });

  it('flags "an abundance of caution" and "some of your information", not a small share of servers', () => {
    expectRule(rule, 'We are writing [[out of an abundance of caution]]: [[some of your information]] was in the mailbox.');
    expectRule(rule, 'The bug hit only a subset of the servers.');
    expectRule(rule, 'There was a [[minor DDoS]] against the site.');
  });

  it('leaves alone "some of your data" as something readers do, or with the details after a colon', () => {
    expectRule(rule, 'You can download some of your data from the Settings page.');
    expectRule(rule, 'Some of your information was accessed: your name, email address and phone number.');
    expectRule(rule, 'This keeps a small attack surface.');
  });

  it('does not take an HTTP status for a stated scope', () => {
    expectRule(rule, '[[Some users experienced]] HTTP 500 errors when calling the API.');
    expectRule(rule, '[[Some users experienced]] 500 errors.');
    expectRule(rule, 'Some users experienced errors on 3% of requests.');
  });

  it('reads a number after a dash as the stated scope', () => {
    expectRule(rule, 'It hit a subset of US-based customers—roughly 3% of users.');
  });

  it('flags a little disruption, relatively quick recovery and extreme rarity', () => {
    expectRule(rule, 'The change cannot be released without [[a little bit of disruption]].');
    expectRule(rule, 'The IT outage caused delays and [[some disruption]].');
    expectRule(rule, 'Power was restored [[relatively quickly]] (1 hour later).');
    expectRule(rule, 'It was a [[relatively short outage]].');
    expectRule(rule, 'This [[is extremely rare]] in our experience.');
    expectRule(rule, 'This led to slow pages and errors for some clients.'.replace('slow pages and errors for some clients', '[[slow for some clients]]'));
    expectRule(rule, '[[Some customers have reported]] difficulty checking out.');
  });

  it('leaves a stated duration after “minimal”, and a company that was small, alone', () => {
    expectRule(rule, 'Downtime will typically be minimal at around 10-20 seconds.');
    expectRule(rule, 'We were relatively small then.');
  });

  it('flags an impact graded as relatively minor, but not amounts, clock-bounded maintenance or a staged restore', () => {
    expectRule(rule, 'The [[impact was relatively minor]].');
    expectRule(rule, 'The leak consumed a relatively small amount of memory each hour.');
    expectRule(rule, 'Customers may see some disruption to card payments between 02:00 and 02:30 UTC.');
    expectRule(rule, 'We restored service for some customers at 14:10 UTC and for everyone else by 14:25 UTC.');
    expectRule(rule, 'A small number of checkout requests (about 250 errors in total) failed.');
  });
});
