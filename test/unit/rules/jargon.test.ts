import assert from 'node:assert/strict';
import { GLOSSARY } from '../../../src/engine/data/jargon-glossary';
import { expectRule } from '../helpers';

const rule = 'jargon';

describe(rule, () => {
  it('has a glossary of at least 150 terms', () => {
    assert.ok(GLOSSARY.length >= 150, `${GLOSSARY.length} terms`);
  });

  it('flags terms a customer would not know, with plain replacements', () => {
    const findings = expectRule(rule, 'A [[BGP]] change and [[etcd]] [[latency]] raised [[p99]] and [[5xx]] responses; the [[RCA]] is pending after the [[SEV1]].');
    assert.equal(findings[0]!.suggestions[0]!.replacement, 'internet routing');
    expectRule(rule, 'We started a [[rollback]] of the [[hotfix]] and a [[failover]] to another [[shard]].');
    expectRule(rule, 'Two [[pods]] restarted.');
  });

  it('matches acronyms by case only', () => {
    expectRule(rule, 'Our SLA and the bgp table.');
  });

  it('is off for internal documents', () => {
    expectRule(rule, 'The RCA for the SEV1 names a BGP rollback.', { front: 'audience: internal' });
    expectRule(rule, 'The RCA for the SEV1 names a BGP rollback.', { front: 'type: internal' });
  });

  it('leaves a developer\'s everyday vocabulary alone for developers, but not the insides of our systems', () => {
    const developers = { front: 'audience: developers' };
    expectRule(rule, 'The [[RCA]] for the [[SEV1]] names a [[BGP]] [[rollback]].', developers);
    expectRule(rule, 'Latency on the endpoint rose after a DNS change; rate limiting on the backend returned.', developers);
    expectRule(rule, 'The search [[cluster]] lost a [[replica]] and [[failed over]] to the [[upstream]] [[RabbitMQ]] queue.', developers);
    expectRule(rule, '[[Latency]] on the [[endpoint]] rose after a [[DNS]] change.', { front: 'audience: customers' });
    expectRule(rule, '[[Latency]] on the [[endpoint]] rose after a [[DNS]] change.');
  });

  it('is extended and trimmed by the workspace glossary', () => {
    const config = { glossary: { terms: { 'Project Falcon': null, Kafka: 'event pipeline' }, allow: ['BGP'] } };
    const findings = expectRule(rule, '[[Project Falcon]] and [[Kafka]] failed; BGP was fine.', { config });
    assert.equal(findings[1]!.suggestions[0]!.replacement, 'event pipeline');
    assert.equal(findings[0]!.suggestions.length, 0);
  });

  it('never checks code or link targets', () => {
    expectRule(rule, 'See `etcd` and [the report](https://example.com/rca/bgp).');
  });

  it('suggests replacements that fit the sentence', () => {
    const [finding] = expectRule(rule, 'We [[rolled back]] the change.');
    assert.equal(finding!.suggestions[0]!.replacement, 'undid');
  });

  it('matches workspace terms literally, so a pattern-like term cannot hang the check', () => {
    const config = { glossary: { terms: { '(a+)+$': null, '(x|x)*y': null, 'Project Falcon': null } } };
    expectRule(rule, `${'a'.repeat(5000)}! and xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, { config });
    expectRule(rule, 'We moved [[Project Falcon]] to a new region.', { config });
  });

  it('leaves a term alone where the document explains it', () => {
    expectRule(rule, 'A CDN is a network of computers that serve our pages.\n\nThe CDN failed at 10:02 UTC.');
    expectRule(rule, 'Mobile calls run through network equipment (what we call nodes). One of these nodes failed.');
    expectRule(rule, 'We restored the game to an earlier state (a rollback).');
    expectRule(rule, 'Our configuration store, etcd, a key-value database, was full.');
    expectRule(rule, 'The [[CDN]] failed, and another [[CDN]] took over.');
    expectRule(rule, 'Our [[BGP]] (Border Gateway Protocol) settings changed. The [[BGP]] change failed.');
    expectRule(rule, 'The CDN (the servers that deliver our pages) failed.');
  });

  it('does not take an explanation from an internal note or code the reader never sees', () => {
    expectRule(rule, '<!-- A CDN is a network of computers that serve our pages. -->\n\nThe [[CDN]] failed.');
    expectRule(rule, '`A CDN is a network of computers that serve our pages.` The [[CDN]] failed.');
  });

  it('leaves status-page component names alone', () => {
    expectRule(rule, 'Data was delayed.\n\nThis incident affected: Backend (Data pipeline).');
  });

  it('keeps "standby" for ordinary English', () => {
    expectRule(rule, 'Our branches were on standby. The [[standby database]] took over.');
  });

  it('flags internal ticket references, not standards', () => {
    expectRule(rule, 'The fix shipped in [[PLAT-3476]].');
    expectRule(rule, 'We patched CVE-2021-44228, use SHA-256 and ISO-8601 dates, and the COVID-19 guidance.');
  });

  it('treats a router as a household word, not its internals', () => {
    expectRule(rule, 'Turn your router off and on again. Our [[border routers]] dropped traffic.');
  });

  it('reads "X are responsible for…" as an explanation, and knows readers know "postmortem"', () => {
    expectRule(rule, 'Our proxy servers are primarily responsible for two things. The proxy servers ran out of [[CPU]].');
    expectRule(rule, 'We will publish a post-mortem on Friday.');
  });

  it('does not take ordinary asides for explanations', () => {
    expectRule(rule, 'After the [[hotfix]], a few users still saw errors. The [[hotfix]] fixed most of it.');
    expectRule(rule, 'We deployed a [[hotfix]], which is now live for all users.');
    expectRule(rule, 'We performed a [[rollback]] (about 20 minutes later). The [[rollback]] worked.');
    expectRule(rule, 'The [[CDN]] is the one that failed. The [[CDN]] recovered at 10:20 UTC.');
    expectRule(rule, 'Our [[BGP]] (the Border Gateway Protocol) settings changed.');
    expectRule(rule, 'A load balancer is a server that spreads traffic.\nThe load\nbalancer failed.');
  });

  it('lets the workspace glossary allow a standby term or a ticket reference', () => {
    expectRule(rule, 'The standby database took over. See PLAT-3476.', { config: { glossary: { allow: ['standby database', 'PLAT-3476'] } } });
    expectRule(rule, 'At 09:00 (UTC-05:00) payments failed; (GMT-08:00) too.');
  });

  it('knows spelling variants and the vocabulary of network providers', () => {
    expectRule(rule, 'We started a [[roll-back]] of the [[back end]] and [[rate limiting]] stopped.');
    expectRule(rule, 'Engineers finished [[splicing]] the cable and restored the [[backhaul]] to the exchange.');
    expectRule(rule, 'Calls to your [[DIDs]] went through the [[SIP trunk]] again.');
  });

  it('matches acronyms with a possessive', () => {
    expectRule(rule, 'Calls to your [[DID’s]] failed at the [[edge router]].');
  });

  it('does not flag shouted words or everyday senses', () => {
    expectRule(rule, 'WE DID NOT LOSE ANY DATA. Customers may rack up extra charges. Support is the backbone of our company. POP email access failed.');
  });

  it('knows broadband and code vocabulary', () => {
    expectRule(rule, 'Your [[xDSL]] line lost its [[uplink]] after the [[refactoring]].');
  });

  it('flags telecoms and data vocabulary seen in published texts', () => {
    expectRule(rule, 'We [[backfilled]] the data after a [[network partition]] between our [[MTAs]].');
    expectRule(rule, 'The [[softswitch]] lost its [[SRV record]].');
  });
});
