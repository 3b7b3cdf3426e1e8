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

  it('flags vague improvements however the object is worded', () => {
    expectRule(rule, 'We are [[improving our alert and monitoring]] system.');
    expectRule(rule, 'We are [[putting controls in place]] to try and mitigate this.');
    expectRule(rule, 'We have [[put in place procedures]] to communicate better.');
    expectRule(rule, 'We remain [[committed to averting]] the recurrence of similar incidents.');
    expectRule(rule, 'We have [[strengthened our security]] as a result.');
  });

  it('stays quiet on a named improvement', () => {
    expectRule(rule, 'Refining the login process to skip unneeded database writes.');
    expectRule(rule, 'We are improving our monitoring by adding an alert on queue depth above 10,000.');
  });

  it('flags continuing work with nothing named', () => {
    expectRule(rule, 'We will [[continue working on our process and tooling]].');
    expectRule(rule, 'We will continue working on our tooling: deploys now stop when errors pass 1%.');
  });

  it('keeps investigation steps and live work out of prevention', () => {
    expectRule(rule, 'We are reviewing our customer security logs to confirm no one else was affected.', { front: 'type: summary' });
    expectRule(rule, 'We are continuing work on the affected systems.', { front: 'type: update' });
  });

  it('reads "continuing to monitor" in a live update as about the incident, not prevention', () => {
    expectRule(rule, 'We are continuing to monitor the fix.', { front: 'type: update' });
    expectRule(rule, 'We are [[continuing to monitor]] the system closely.', { front: 'type: summary' });
  });

  it('flags reviews of processes, strategies and communication that name nothing', () => {
    expectRule(rule, 'We will [[review internal issue escalation processes]].', { front: 'type: summary' });
    expectRule(rule, 'We are [[reviewing any possible mitigation strategies]] internally.', { front: 'type: summary' });
    expectRule(rule, 'We are [[working hard to mitigate any future issues]].', { front: 'type: summary' });
    expectRule(rule, 'We will [[make further improvements to]] the notification system.', { front: 'type: summary' });
  });

  it('flags plans, reviews and utmost efforts that name nothing', () => {
    expectRule(rule, 'We are committed to [[doing our utmost to prevent]] issues like this.', { front: 'type: follow-up' });
    expectRule(rule, 'We will [[establish a plan to]] improve availability.', { front: 'type: summary' });
    expectRule(rule, 'We will be [[conducting a review of the situation]].', { front: 'type: summary' });
    expectRule(rule, '[[Further safeguards installed]].', { front: 'type: summary' });
    expectRule(rule, 'We have added safeguards to prevent this configuration from being deployed again.', { front: 'type: summary' });
  });

  it('flags commitments and procedures that name nothing, but not readers taking steps', () => {
    expectRule(rule, 'We are [[committed to doing better]].', { front: 'type: summary' });
    expectRule(rule, '[[New procedures are now in place]].', { front: 'type: summary' });
    expectRule(rule, 'We will carry out [[regular reviews of our systems]].', { front: 'type: summary' });
    expectRule(rule, 'We wrote to you so affected individuals may take steps to protect their information.', { front: 'type: security' });
  });

  it('does not flag findings, concrete plans or advice to readers', () => {
    expectRule(rule, 'A review of the incident showed that the alert went to an old mailbox.', { front: 'type: summary' });
    expectRule(rule, 'We have reviewed existing processes for certificate renewal and moved them into the deploy pipeline.', { front: 'type: summary' });
    expectRule(rule, 'We are working on a plan to move the database to a second region by June.', { front: 'type: summary' });
    expectRule(rule, 'Please create a plan to back up your files.', { front: 'type: summary' });
    expectRule(rule, 'Customers can reduce the risk of recurrence by updating the app.', { front: 'type: summary' });
  });

  it('flags every step possible, better protection and mitigations in place', () => {
    expectRule(rule, 'We are [[taking every step possible]] to keep this rare.', { front: 'type: summary' });
    expectRule(rule, 'We will be [[implementing better protection]] against this soon.', { front: 'type: summary' });
    expectRule(rule, 'We are [[putting mitigations in place]].', { front: 'type: summary' });
    expectRule(rule, 'Council staff continue to work with the National Cyber Security Centre.', { front: 'type: update' });
  });

  it('leaves the live fix and advice to readers alone', () => {
    expectRule(rule, 'We are taking all possible steps to restore service.', { front: 'type: update' });
    expectRule(rule, 'We encourage you to put safeguards in place.', { front: 'type: security' });
  });

  it('flags improving or re-examining the system in general, whatever the verb', () => {
    expectRule(rule, 'We are actively working to [[enhance our platform’s fault tolerance]].', { front: 'type: summary' });
    expectRule(rule, 'We will [[optimise our alerting]].', { front: 'type: summary' });
    expectRule(rule, 'We will [[strengthen the resilience]] of our platform.', { front: 'type: summary' });
    expectRule(rule, 'We are [[revisiting our escalation procedures]].', { front: 'type: summary' });
  });

  it('leaves an improvement that is the purpose of a named change, or that names its means, alone', () => {
    expectRule(rule, 'We doubled the number of database servers to improve reliability.', { front: 'type: summary' });
    expectRule(rule, 'We removed the shared lock, improving stability at peak times.', { front: 'type: summary' });
    expectRule(rule, 'Refining the login process to skip unneeded database writes.', { front: 'type: summary' });
    expectRule(rule, 'We are enhancing observability through a more detailed dashboard.', { front: 'type: summary' });
    expectRule(rule, 'To improve platform reliability, we are working on:', { front: 'type: summary' });
  });

  it('reads re-examining in a live update as the investigation', () => {
    expectRule(rule, 'We are evaluating mitigation strategies.', { front: 'type: update' });
    expectRule(rule, 'We are [[evaluating mitigation strategies]] for the future.', { front: 'type: summary' });
  });

  it('flags more monitoring, assessments, resilience and efforts that name nothing', () => {
    const summary = { front: 'type: summary' };
    expectRule(rule, 'We are [[implementing additional monitoring]] and safeguards to improve system resilience.', summary);
    expectRule(rule, 'We are [[conducting a comprehensive assessment]] of our monitoring and alerting framework.', summary);
    expectRule(rule, 'We’re [[doing everything we can to build more resilience]] into our platform.', summary);
    expectRule(rule, 'We will [[build more resilience]] into our platform.', summary);
    expectRule(rule, 'We will be [[exploring telephone notification options]] as well.', summary);
    expectRule(rule, 'We have [[adapted our internal processes]].', summary);
    expectRule(rule, 'We are [[optimizing the configuration]] of our data infrastructure.', summary);
    expectRule(rule, '[[Enhancing system monitoring]] to detect similar issues earlier.', summary);
  });

  it('leaves the live fix, named monitoring and a concrete purpose alone', () => {
    const summary = { front: 'type: summary' };
    expectRule(rule, 'We are doing everything we can to restore service.', { front: 'type: update' });
    expectRule(rule, 'We added additional monitoring of queue depth above 10,000 messages.', summary);
    expectRule(rule, 'We are [[adding more monitoring]] of our systems.', summary);
  });

  it('leaves status, live work, timelines, named changes and adjectives alone', () => {
    const update = { front: 'type: update' };
    const summary = { front: 'type: summary' };
    expectRule(rule, 'Error rates are improving across all services.', summary);
    expectRule(rule, 'We are evaluating rollback options.', update);
    expectRule(rule, 'Engineers are adjusting capacity in the affected region.', update);
    expectRule(rule, 'We are doing all we can to make payments work again.', update);
    expectRule(rule, 'We are reviewing the affected systems and will email any customer whose data was accessed.', { front: 'type: security' });
    expectRule(rule, 'At 14:10 UTC the on-call engineer began reviewing the deploy pipeline configuration.', summary);
    expectRule(rule, 'The change passed code review and automated testing before it was deployed.', summary);
    expectRule(rule, 'Adding a second database server has improved availability.', summary);
    expectRule(rule, 'We tuned the memory settings, which improved stability.', summary);
    expectRule(rule, 'Improved monitoring detected the issue within two minutes.', summary);
    expectRule(rule, 'The hardened configuration went out to all regions on 3 March.', summary);
    expectRule(rule, 'We are conducting a full audit of our access role bindings in production.', summary);
  });
});
