import assert from 'node:assert/strict';
import { addAllowedTerm, disableFileEdit, disableNextLineInsert } from '../../src/extension/text-edits';
import { lint } from '../../src/engine/index';

describe('extension text edits', () => {
  it('ignore-on-this-line keeps a paragraph in one piece and silences the finding', () => {
    const text = 'First line of a paragraph\nwe apologize for any inconvenience.\n';
    const lines = text.split('\n');
    const insert = disableNextLineInsert(lines, 1, 'non-apology', 26, 25);
    const edited = text.slice(0, insert.offset) + insert.text + text.slice(insert.offset);
    assert.equal(edited, 'First line of a paragraph <!-- incident-comms-disable-next-line non-apology -->\nwe apologize for any inconvenience.\n');
    assert.ok(!lint(edited).findings.some((finding) => finding.ruleId === 'non-apology'));
  });

  it('ignore-on-this-line goes on its own line at the start of a block', () => {
    const text = '```\ncode\n```\n  We apologize for any inconvenience.';
    const insert = disableNextLineInsert(text.split('\n'), 3, 'non-apology', 13, 12);
    assert.deepEqual(insert, { offset: 13, text: '  <!-- incident-comms-disable-next-line non-apology -->\n' });
  });

  it('ignore-in-this-file adds a comment after the front matter, or extends the one there', () => {
    const text = '---\ntype: update\n---\nBody.\n';
    const first = disableFileEdit(text, 'jargon', 21);
    assert.deepEqual(first, { offset: 21, end: 21, text: '<!-- incident-comms-disable-file jargon -->\n\n' });
    const once = text.slice(0, 21) + first.text + text.slice(21);
    const second = disableFileEdit(once, 'hedging', 21);
    assert.equal(once.slice(0, second.offset) + second.text + once.slice(second.end), '---\ntype: update\n---\n<!-- incident-comms-disable-file jargon hedging -->\n\nBody.\n');
  });

  it('adds an allowed term to YAML keeping comments and layout', () => {
    const source = '# Team glossary\nrules:\n  hedging: warning # raised on purpose\nglossary:\n  allow:\n    - SAML\n';
    assert.equal(addAllowedTerm(source, 'BGP', false), '# Team glossary\nrules:\n  hedging: warning # raised on purpose\nglossary:\n  allow:\n    - SAML\n    - BGP\n');
    assert.equal(addAllowedTerm(addAllowedTerm(source, 'BGP', false)!, 'BGP', false), undefined);
  });

  it('creates the glossary in a new or minimal file, and edits JSON', () => {
    assert.equal(addAllowedTerm('', 'BGP', false), 'glossary:\n  allow:\n    - BGP\n');
    assert.equal(addAllowedTerm('rules:\n  jargon: warning\n', 'etcd', false), 'rules:\n  jargon: warning\nglossary:\n  allow:\n    - etcd\n');
    assert.equal(addAllowedTerm('{"rules": {}}', 'etcd', true), '{\n  "rules": {},\n  "glossary": {\n    "allow": [\n      "etcd"\n    ]\n  }\n}\n');
  });

  it('refuses to rewrite a file it cannot parse', () => {
    assert.throws(() => addAllowedTerm('glossary: [oops\n', 'BGP', false));
  });
});
