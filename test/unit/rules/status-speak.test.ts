import { expectRule } from '../helpers';

const rule = 'status-speak';

describe(rule, () => {
  it('flags formulaic status language', () => {
    expectRule(rule, 'We are seeing [[elevated error rates]] on the API.');
    expectRule(rule, 'Customers may notice [[degraded performance]].');
    expectRule(rule, 'Some users [[are experiencing issues]].');
    expectRule(rule, 'We are investigating a [[service disruption]].');
    expectRule(rule, '[[We are aware of reports]] of problems.');
    expectRule(rule, '[[We are currently investigating this issue]].');
  });

  it('stays quiet on plain descriptions of what users saw', () => {
    expectRule(rule, 'Card payments were declined for 40 minutes and pages took 20 seconds to load.');
    expectRule(rule, 'Less than 1% of customers are experiencing trouble with sending messages.');
    expectRule(rule, 'Error rates rose to 12% between 14:02 and 14:30 UTC.');
  });

  it('catches multi-word variants and spares conditional advice', () => {
    expectRule(rule, 'Customers saw [[increased latency]] and [[slow response times]], then [[intermittent errors]].');
    expectRule(rule, 'If you are still having trouble logging in, contact support.');
    expectRule(rule, 'We fixed an issue with the billing page.');
    expectRule(rule, 'Some users experienced intermittent failures when loading boards.');
  });

  it('stays quiet when the issue is described right away', () => {
    expectRule(rule, 'We are currently investigating an issue where some devices cannot sync.');
    expectRule(rule, 'We’re aware of an issue preventing users from logging in.');
    expectRule(rule, '[[We’re aware of an issue impacting]] the dashboard.');
  });

  it('reads "the issue with" as pointing back, and "issues in the future" as prevention', () => {
    expectRule(rule, 'We deployed a fix to correct the issue with the migration. To prevent similar issues in the future, we added logs.');
    expectRule(rule, 'We are [[investigating an issue with]] payments.');
  });

  it('needs the specifics right after the phrase, and "causing" is not one', () => {
    expectRule(rule, '[[We are currently investigating]] and will share updates where possible.');
    expectRule(rule, '[[We are aware of an]] issue causing problems for some users.');
  });

  it('reads "trouble" or "problems" with what users tried as specific, but not "issues"', () => {
    expectRule(rule, 'Students would experience problems reaching us by phone.');
    expectRule(rule, 'We had trouble bringing the component up again.');
    expectRule(rule, 'The registry [[is having issues]] replicating packages.');
  });

  it('spares negated and conditional mentions', () => {
    expectRule(rule, 'No further network issues have been observed since 10:40 UTC.');
    expectRule(rule, 'The work is done without service disruption.');
    expectRule(rule, 'We restored service, but if any customers still experience problems, they should call us.');
    expectRule(rule, 'Since the fix, we have seen [[connectivity issues]] again.');
  });

  it('does not read "operating as normally as possible" as status-speak', () => {
    expectRule(rule, 'We kept the campus operating as normally as possible.');
  });

  it('flags vague counts and degraded performance, but not a status label', () => {
    expectRule(rule, 'We saw [[a higher than normal level of]] API errors and [[a high number of login errors]].');
    expectRule(rule, 'Streaming [[performance significantly degraded]] for viewers.');
    expectRule(rule, 'Customers [[experienced some payment processing issues]].');
    expectRule(rule, 'Status remaining Degraded Performance while we watch the queue.');
  });

  it('flags vague disruption and degraded experience; "investigating the issue" only with "currently"', () => {
    expectRule(rule, 'The council suffered [[a major disruption to its systems]].');
    expectRule(rule, 'Users had a [[degraded user experience]].');
    expectRule(rule, 'The NocTel team is investigating the issue.');
    expectRule(rule, 'A partial outage left 40% of bookings unsent.');
  });

  it('reads the review cases right', () => {
    expectRule(rule, 'All services are [[operating as expected]] as of 14:40 UTC.');
    expectRule(rule, 'We [[had problems]] during the outage.');
    expectRule(rule, 'We are still fixing the remaining [[connectivity issues]] in Leeds.');
    expectRule(rule, 'No customers experienced problems after 14:40 UTC.');
    expectRule(rule, 'We avoided a major disruption to our systems by failing over.');
    expectRule(rule, 'We had a major outage of our services that stopped all card payments for two hours.');
    expectRule(rule, 'We are currently investigating the issue that stopped card payments at 14:02 UTC.');
  });

  it('flags rises in error rates, power events and significant impacts, and a duration is not a scope', () => {
    expectRule(rule, 'We saw an [[increase in error rates]]. A [[power event]] had [[a significant impact on]] council services.');
    expectRule(rule, 'Over the last 10 minutes we have been [[experiencing issues with]] the gateway.');
  });

  it('leaves negated, expected-not and monitoring mentions alone, and specifics after a colon', () => {
    expectRule(rule, 'We have not seen any issues with payments since 15:10 UTC. Please tell us about any issues with your orders.');
    expectRule(rule, 'We do not expect this work to have a significant impact on performance.', { front: 'type: maintenance' });
    expectRule(rule, 'We added an alert that fires on a sudden increase in error rates, and monitoring for power events on every rack.');
    expectRule(rule, 'The outage had a significant impact on card payments: 40% of payments failed. A power event that cut power to 40 racks.');
  });

  it('flags vague failures, reduced performance and affected services', () => {
    expectRule(rule, 'The upgrade caused [[a failure in one of our core components]].');
    expectRule(rule, 'This led to 2h of [[reduced performance]] and [[intermittent service]].');
    expectRule(rule, 'The fault was not [[service impacting]].');
    expectRule(rule, 'The college is dealing with [[technology issues]].');
    expectRule(rule, 'Our phone system was down and [[our services were affected]].');
    expectRule(rule, '[[several services within the app were temporarily affected]] for longer than announced.'.replace('[[several services within the app were temporarily affected]]', 'Several [[services within the app were temporarily affected]]'));
  });

  it('leaves reduced performance alone when what users saw follows', () => {
    expectRule(rule, 'Pages loaded with reduced performance: 10 s per page.');
    expectRule(rule, 'Our services were affected: card payments failed for 20 minutes.');
  });

  it('reads “it issues” as a verb, and leaves a maintenance plan that is expected to be service impacting alone', () => {
    expectRule(rule, 'The gateway crashed whenever it issues a refund to a closed account.');
    expectRule(rule, 'The college has [[IT issues]].');
    expectRule(rule, 'This maintenance is not expected to be service impacting.');
  });

  it('reads “all” after the phrase as where, not as a measurement', () => {
    expectRule(rule, 'Builds experienced [[an elevated failure rate]] across all regions.');
    expectRule(rule, 'Builds experienced an elevated failure rate of 12% across all regions.');
  });
});
