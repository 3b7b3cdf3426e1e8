import { expectRule } from '../helpers';

const rule = 'passive-blame';

describe(rule, () => {
  it('flags passive voice that hides who caused the problem', () => {
    expectRule(rule, '[[Mistakes were made]] during the migration.');
    expectRule(rule, 'A configuration [[change was deployed]] that broke logins.');
    expectRule(rule, 'The cache [[was accidentally removed]].');
    expectRule(rule, 'A [[bug was introduced]] in the release.');
  });

  it('stays quiet when the actor is named or the action is the fix', () => {
    expectRule(rule, 'The change was reverted by our on-call engineer at 14:10 UTC.');
    expectRule(rule, 'We deployed a change that broke logins.');
    expectRule(rule, 'The fix was deployed at 14:30 UTC.');
  });

  it('flags a cause named without an actor, not one that names us', () => {
    expectRule(rule, 'The outage was [[caused by a configuration change]].');
    expectRule(rule, 'The outage was caused by a configuration change we made.');
  });

  it('flags procedures not followed without saying by whom', () => {
    expectRule(rule, 'The right [[procedures were not followed]].');
    expectRule(rule, 'The procedures were not followed by our night shift.');
  });

  it('reads "the error" as pointing back to one already described', () => {
    expectRule(rule, 'Due to the error, students lost access to email.');
    expectRule(rule, 'This was [[due to an error]] in a script.');
  });

  it('does not read automated checks and processes as people', () => {
    expectRule(rule, 'Health checks were not performed while the load balancer restarted.');
    expectRule(rule, 'During the outage, background processes were not completed.');
  });

  it('flags settings "being applied" with no one applying them', () => {
    expectRule(rule, 'A bug led to incorrect service [[settings being applied]].');
    expectRule(rule, 'A bug led to incorrect service settings being applied by our deployment tool.');
  });

  it('flags a recent change with no one making it, and "somehow missed"', () => {
    expectRule(rule, '[[A recent change to]] a database service slowed sign-ins.');
    expectRule(rule, 'A recent change to our database by our team slowed sign-ins, and we reverted it.');
    expectRule(rule, 'The expiry date [[was somehow missed]].');
  });

  it('does not read a fix being reported as blame', () => {
    expectRule(rule, 'A fix script has been deployed and refunds are going out.');
  });

  it('does not read "was pointed out" as hiding an actor', () => {
    expectRule(rule, 'As soon as this was pointed out to me, I fixed the price.');
  });

  it('does not flag "a recent change" when we are the ones acting, or finished maintenance', () => {
    expectRule(rule, 'We made a recent change to the login service, and it stopped sign-ins.');
    expectRule(rule, 'Our team reverted the recent update to the billing system at 14:40 UTC.');
    expectRule(rule, 'The routine upgrade of our database is complete.', { front: 'type: resolution' });
  });

  it('flags a situation that "was assessed" by no one', () => {
    expectRule(rule, '[[The situation was assessed]] and the servers were moved.');
  });

  it('flags work that was performed, settings that were not configured, and an error that was there', () => {
    expectRule(rule, '[[A maintenance activity was performed]] on the database.');
    expectRule(rule, 'Some phone lines [[were not configured]] properly.');
    expectRule(rule, '[[There was an error in]] the cleanup step.');
  });

  it('leaves passive with the actor named, and planned maintenance, alone', () => {
    expectRule(rule, 'The maintenance job was carried out at night by our team.');
    expectRule(rule, 'A maintenance activity was performed on the database.', { front: 'type: maintenance' });
  });

  it('leaves a bug in named code, described right after, alone', () => {
    expectRule(rule, 'There was a bug in our retry logic that resent every webhook twice.');
  });
});
