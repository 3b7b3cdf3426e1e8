import assert from 'node:assert/strict';
import { lint } from '../../src/engine/index';

const rules = (text: string) => lint(text).findings.map((finding) => `${finding.range.start.line}:${finding.ruleId}`);
const LINE = 'We apologize for any inconvenience at 14:32.';

describe('inline control comments', () => {
  it('disable-next-line silences the named rules on the next line only', () => {
    const text = `<!-- incident-comms-disable-next-line non-apology -->\n${LINE}\n${LINE}`;
    assert.deepEqual(rules(text), ['2:time-zone', '3:non-apology', '3:time-zone']);
  });

  it('disable-next-line without a rule silences every rule', () => {
    assert.deepEqual(rules(`<!-- incident-comms-disable-next-line -->\n${LINE}`), []);
  });

  it('disable and enable bound a region', () => {
    const text = `${LINE}\n\n<!-- incident-comms-disable time-zone -->\n\n${LINE}\n\n<!-- incident-comms-enable time-zone -->\n\n${LINE}`;
    assert.deepEqual(rules(text), ['1:non-apology', '1:time-zone', '5:non-apology', '9:non-apology', '9:time-zone']);
  });

  it('disable-file silences a rule everywhere, even above the comment', () => {
    const text = `${LINE}\n\n<!-- incident-comms-disable-file non-apology time-zone -->`;
    assert.deepEqual(rules(text), []);
  });

  it('ignores control comments inside code', () => {
    const text = '```\n<!-- incident-comms-disable-file -->\n```\n\n' + LINE;
    assert.deepEqual(rules(text), ['5:non-apology', '5:time-zone']);
  });
});
