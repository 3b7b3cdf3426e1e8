import { expectRule } from '../helpers';

const rule = 'time-zone';

describe(rule, () => {
  it('flags clock times with no time zone', () => {
    expectRule(rule, 'The outage began at [[14:32]] and ended at [[3pm]].');
    expectRule(rule, 'Fixed by [[9:30 a.m.]]');
  });

  it('accepts a zone after the time, on the line, in a heading or stated for all times', () => {
    expectRule(rule, 'From 4:20 a.m. to 9:30 a.m. PST, and at 14:32 UTC, and 16:00 (UTC+2).');
    expectRule(rule, 'Between 14:02 and 14:45 UTC logins failed.');
    expectRule(rule, '## Timeline (UTC)\n\n- 14:02 alert fired\n- 14:10 fix deployed\n\n## Next\n\nAt [[15:00]] we review.');
    expectRule(rule, 'All times are in UTC.\n\nAt 14:02 the alert fired.');
    expectRule(rule, '| Time (UTC) | Event |\n| --- | --- |\n| 14:02 | Alert |');
  });

  it('ignores numbers that are not clock times', () => {
    expectRule(rule, 'Version 1.14 and a 3:1 ratio, 2026-03-04T14:02:00Z.');
  });

  it('ignores durations written as clock times', () => {
    expectRule(rule, 'The migration took 1:30 hours.');
  });

  it('accepts zone names and abbreviations used around the world', () => {
    expectRule(rule, 'Resolved as of 2:20pm Eastern. Posted Feb 02, 2023 - 15:35 CAT.');
    expectRule(rule, 'At [[14:00]] the Central team met.');
  });

  it('reads times written with a dot and am/pm or noon', () => {
    expectRule(rule, 'Access was restored at [[9.30 am]] and again by [[12.00 noon]].');
    expectRule(rule, 'The fix took 1.5 hours; version 2.30 shipped.');
  });

  it('trusts a rare zone abbreviation only right after the time', () => {
    expectRule(rule, 'GST was charged twice. Payments failed at [[14:02]].');
    expectRule(rule, 'Posted Feb 02, 2023 - 15:35 CAT.');
  });

  it('flags four-digit clock times but not years', () => {
    expectRule(rule, 'Callers after we closed at [[1830]] heard nothing. From [[1800]], phones moved to the night service.');
    expectRule(rule, 'The system was bought in 2019 and has run from 2019 to 2024; maintenance is at 0300 UTC.');
  });

  it('does not let a zone in an earlier sentence cover a later time', () => {
    expectRule(rule, 'At 9:10 AM PST all numbers were back. At [[9:20]] our team confirmed it.');
    expectRule(rule, 'From 14:02 UTC to 14:30, payments failed.');
  });

  it('flags "midnight" after a time word, and a range written with a hyphen', () => {
    expectRule(rule, 'The site was down until around [[midnight]].');
    expectRule(rule, 'Between [[4:30am]]-9:30am on March 17, 2020, emails were slow.');
    expectRule(rule, 'We restored it at midnight UTC.');
  });

  it('does not read counts as four-digit clock times', () => {
    expectRule(rule, 'Errors peaked at 1500 per minute and 1200 ms. The queue stopped after 1200 requests.');
    expectRule(rule, 'Phones were down from [[0900]] to [[1130]]; service was restored [[1430]] hrs.');
    expectRule(rule, 'We closed at [[1830]].');
  });

  it('accepts IANA zone names and "central US time"', () => {
    expectRule(rule, 'Updated 17:46 Europe/London. At 10:17am central US time the gateway failed.');
  });

  it('accepts a region named in brackets after the times', () => {
    expectRule(rule, 'The site was down from 4:40pm to about 5:10pm (eastern).');
    expectRule(rule, 'The site was down at [[4:40pm]].');
  });
});
