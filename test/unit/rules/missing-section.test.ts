import assert from 'node:assert/strict';
import { lintText } from '../helpers';

const rule = 'missing-section';
const missing = (text: string) => lintText(text).filter((finding) => finding.ruleId === rule).map((finding) => finding.message);

describe(rule, () => {
  it('asks a summary for each question readers have', () => {
    const messages = missing('---\ntype: summary\n---\nThings went wrong and we fixed them.\n');
    assert.equal(messages.length, 4);
    assert.ok(messages.some((message) => /who was affected/.test(message)));
    assert.ok(messages.some((message) => /how long/.test(message)));
    assert.ok(messages.some((message) => /prevent/.test(message)));
    assert.ok(messages.some((message) => /data was lost/.test(message)));
  });

  it('finds answers by headings or by content', () => {
    const byHeadings = '---\ntype: summary\n---\n## What happened\n\nX.\n\n## Impact\n\nY.\n\n## Duration\n\nZ.\n\n## Preventing a repeat\n\nW.\n\n## Your data\n\nV.\n';
    assert.deepEqual(missing(byHeadings), []);
    const byContent = '---\ntype: summary\nstarted: 2026-03-04T14:02:00Z\nresolved: 2026-03-04T14:44:00Z\n---\nAn expired certificate caused logins to fail. All customers in Europe were unable to sign in. No data was lost. We added an alert 30 days before certificates expire.\n';
    assert.deepEqual(missing(byContent), []);
  });

  it('asks a resolution notice to say resolved, confirm stability and thank users', () => {
    assert.equal(missing('---\ntype: resolution\n---\nDone.\n').length, 3);
    assert.deepEqual(missing('---\ntype: resolution\n---\nThis incident is resolved. Everything has worked normally since 15:10 UTC. Thank you for your patience.\n'), []);
  });

  it('asks an open update for the next update time, unless front matter has it', () => {
    assert.equal(missing('---\ntype: update\nstatus: investigating\n---\nLogins fail.\n').length, 1);
    assert.deepEqual(missing('---\ntype: update\nstatus: investigating\n---\nLogins fail. Next update by 15:30 UTC.\n'), []);
    assert.deepEqual(missing('---\ntype: update\nstatus: investigating\nnext_update: 2026-03-04T15:30:00Z\n---\nLogins fail.\n'), []);
  });

  it('points at the type in the front matter and does nothing without a type', () => {
    const text = '---\ntype: resolution\n---\nDone.\n';
    const finding = lintText(text).find((candidate) => candidate.ruleId === rule)!;
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), 'resolution');
    assert.deepEqual(missing('Things went wrong.\n'), []);
  });
});
