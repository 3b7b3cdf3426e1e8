import assert from 'node:assert/strict';
import { expectRule } from '../helpers';

const rule = 'sensitive-detail';

describe(rule, () => {
  it('flags infrastructure details and secrets, in prose and in code', () => {
    expectRule(rule, 'Traffic from [[10.0.4.12]] hit [[db-prod-03]] and [[api.payments.internal]].');
    expectRule(rule, 'Instance [[i-0abc1234def567890]] in [[arn:aws:ec2:us-east-1:123456789012:instance/i-0abc]] failed.');
    const findings = expectRule(rule, 'The key `[[AKIAABCDEFGHIJKLMNOP]]` leaked.');
    assert.equal(findings[0]!.severity, 'error');
  });

  it('stays quiet on versions, times and public names', () => {
    expectRule(rule, 'We upgraded to version 2.14.1 at 14:02 UTC on status.example.com.');
  });

  it('keeps only secrets for internal documents', () => {
    expectRule(rule, 'Host db-prod-03 at 10.0.4.12 used key [[AKIAABCDEFGHIJKLMNOP]].', { front: 'audience: internal' });
  });

  it('ignores four-part versions and short release names', () => {
    expectRule(rule, 'We released version 2.14.1.3 and the app-2 release.');
  });

  it('flags internal network device names, not ordinary hyphenated words', () => {
    expectRule(rule, 'Traffic on [[FABRIC-MAD2]] dropped; we rebooted [[core-rtr-01]] and [[lon-edge-3]].');
    expectRule(rule, 'An Intel Core-2 machine, a 2-core edge server, edge-to-edge tests and the pop-up window.');
  });

  it('reads device names only in prose, in one case, ending in a number, with a domain too', () => {
    expectRule(rule, 'See [write-up](https://blog.example.com/2024-03-04-core-router-outage) and `npm install core-js-3`.');
    expectRule(rule, 'edge-2-edge, 24-port-switch, Layer-3-switch, Windows-11-firewall, quad-core-2GHz, Edge-v2, POP3-server, Intel-Core-i7, Nintendo-Switch-2.');
    expectRule(rule, 'We rebooted [[core-rtr-01.ams1]].');
  });
});
