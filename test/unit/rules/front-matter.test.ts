import assert from 'node:assert/strict';
import { lintText } from '../helpers';

const rule = 'front-matter';
const problems = (text: string) => lintText(text).filter((finding) => finding.ruleId === rule).map((finding) => ({ message: finding.message, at: text.slice(finding.range.start.offset, finding.range.end.offset), line: finding.range.start.line }));

describe(rule, () => {
  it('points at an unknown value', () => {
    const [problem] = problems('---\ntype: summary\nstatus: fixed\n---\nText.\n');
    assert.equal(problem!.at, 'fixed');
    assert.equal(problem!.line, 3);
    assert.match(problem!.message, /`status` must be one of: investigating/);
  });

  it('checks timestamps and their order', () => {
    const [bad] = problems('---\nstarted: March 4\n---\nText.\n');
    assert.equal(bad!.at, 'March 4');
    assert.match(bad!.message, /ISO 8601/);
    const [order] = problems('---\nstarted: 2026-03-04T15:00:00Z\nresolved: 2026-03-04T14:00:00+00:00\n---\nText.\n');
    assert.match(order!.message, /`resolved` is before `started`/);
    assert.equal(order!.at, '2026-03-04T14:00:00+00:00');
  });

  it('gives one clear finding for invalid YAML and still checks the rest', () => {
    const text = '---\ntype: [summary\n---\nWe apologize for any inconvenience.\n';
    const found = lintText(text);
    const yaml = found.filter((finding) => finding.ruleId === rule);
    assert.equal(yaml.length, 1);
    assert.match(yaml[0]!.message, /Invalid YAML/);
    assert.ok(found.some((finding) => finding.ruleId === 'non-apology'));
  });

  it('reports front matter that is never closed', () => {
    const [problem] = problems('---\ntype: summary\nWe apologize.\n');
    assert.match(problem!.message, /never closed/);
  });

  it('warns when a maintenance status is used for an incident', () => {
    const [problem] = problems('---\ntype: update\nstatus: scheduled\n---\nText. Next update at 14:00 UTC.\n');
    assert.match(problem!.message, /maintenance status/);
  });

  it('accepts valid front matter', () => {
    assert.deepEqual(problems('---\nid: INC-1\ntitle: Logins failing\ntype: update\nstatus: investigating\nseverity: major\nstarted: 2026-03-04T14:02:00Z\ncomponents: [Login]\naudience: customers\nnext_update: 2026-03-04T15:00:00Z\n---\nText.\n'), []);
  });
});
