import assert from 'node:assert/strict';
import { lintText } from '../helpers';

const rule = 'length-limit';
const findings = (text: string, config?: Parameters<typeof lintText>[1]) => lintText(text, config).filter((finding) => finding.ruleId === rule);

describe(rule, () => {
  const long = 'Label printing fails for customers in Europe. '.repeat(100);

  it('flags a status update longer than 4,096 characters as the reader sees it', () => {
    const text = `---\ntype: update\n---\n${long}`;
    const [finding] = findings(text);
    assert.match(finding!.message, /Readers see 4,599 characters, over the limit of 4,096/);
    assert.equal(finding!.range.start.line, 4);
  });

  it('measures what the reader sees, not the Markdown', () => {
    const markup = `---\ntype: update\n---\n${'**Label** [printing](https://e.com) <!-- internal note that is long enough to matter --> fails. '.repeat(60)}`;
    assert.ok(markup.length > 4096);
    assert.deepEqual(findings(markup), []);
  });

  it('has no default limit for summaries, and takes a configured one', () => {
    assert.deepEqual(findings(`---\ntype: summary\n---\n${long}`), []);
    const [finding] = findings(`---\ntype: summary\n---\n${long}`, { rules: { 'length-limit': { maxLength: 1000 } } });
    assert.match(finding!.message, /over the limit of 1,000/);
  });
});
