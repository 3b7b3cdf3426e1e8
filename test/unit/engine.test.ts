import assert from 'node:assert/strict';
import { applySuggestions, Linter, lint, RULES } from '../../src/engine/index';
import { splitChunks } from '../../src/engine/chunks';
import { expandGroups, PhraseTable } from '../../src/engine/phrases';
import { analyzeChunk } from '../../src/engine/analyze';
import { createProcessor } from '../../src/engine/processor';

const SAMPLE = 'We apologize for any inconvenience.\n\nA small number of users saw elevated error rates at 14:32.\n';

describe('engine', () => {
  it('returns findings sorted by position with rule, severity, message, range, suggestions and url', () => {
    const { findings } = lint(SAMPLE);
    assert.ok(findings.length >= 4);
    const offsets = findings.map((finding) => finding.range.start.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
    for (const finding of findings) {
      assert.ok(RULES.some((rule) => rule.id === finding.ruleId));
      assert.match(finding.url, new RegExp(`docs/rules/${finding.ruleId}\\.md$`));
      assert.ok(finding.message.length > 20);
      assert.equal(SAMPLE.slice(finding.range.start.offset, finding.range.end.offset).length, finding.range.end.offset - finding.range.start.offset);
    }
    const time = findings.find((finding) => finding.ruleId === 'time-zone')!;
    assert.deepEqual(time.range.start, { offset: 89, line: 3, column: 53 });
    assert.deepEqual(time.range.end, { offset: 94, line: 3, column: 58 });
  });

  it('counts columns in UTF-16 code units and handles CRLF and a BOM', () => {
    const text = '\uFEFF😀 é\r\n\r\nWe apologize for any inconvenience.\r\n';
    const [finding] = lint(text).findings.filter((candidate) => candidate.ruleId === 'non-apology');
    assert.equal(finding!.range.start.line, 3);
    assert.equal(text.slice(finding!.range.start.offset, finding!.range.end.offset), 'We apologize for any inconvenience');
    const emoji = lint('😀 at 14:32.').findings.find((candidate) => candidate.ruleId === 'time-zone')!;
    assert.equal(emoji.range.start.column, 7);
  });

  it('never checks code, URLs, quoted text or HTML comments for wording', () => {
    const text = [
      '```',
      'we apologize for any inconvenience',
      '```',
      '',
      'Run `elevated error rates` or see https://example.com/minor-disruption and <https://example.com/brief-issue>.',
      '',
      'A customer wrote: "a small number of users saw a brief issue".',
      '',
      '> We apologize for any inconvenience.',
      '',
      '<!-- we apologize for any inconvenience, a small number of users -->',
    ].join('\n');
    const wording = lint(text).findings.filter((finding) => !['readability'].includes(finding.ruleId));
    assert.deepEqual(wording.map((finding) => finding.ruleId), []);
  });

  it('re-checks after an edit exactly as a fresh check does', () => {
    const linter = new Linter();
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index}: a small number of users saw elevated error rates at 14:${String(index).padStart(2, '0')}.`);
    const before = paragraphs.join('\n\n');
    linter.lint(before);
    const after = before.replace('Paragraph 20: a small', 'Paragraph 20: we utilize a small');
    assert.deepEqual(linter.lint(after).findings, new Linter().lint(after).findings);
    assert.ok(linter.lint(after).findings.some((finding) => finding.ruleId === 'plain-words'));
  });

  it('splits blocks at blank lines but keeps fences, comments and indented continuations together', () => {
    const text = 'One.\n\n```\na\n\nb\n```\n\n- item\n\n  continued\n\n<!-- a\n\nb -->\nTwo.';
    assert.deepEqual(splitChunks(text).map((chunk) => chunk.text), ['One.', '```\na\n\nb\n```', '- item\n\n  continued', '<!-- a\n\nb -->\nTwo.']);
  });

  it('uses reference definitions from anywhere in the document', () => {
    const text = 'See the [status page][status] for details.\n\n[status]: https://status.example.com/10.0.0.1';
    const findings = lint(text).findings;
    assert.ok(!findings.some((finding) => finding.ruleId === 'unfilled-placeholder'));
  });

  it('applies rule settings from configuration', () => {
    const config = { rules: { 'non-apology': 'error' as const, 'time-zone': 'off' as const, 'minimizing-language': { severity: 'info' as const } } };
    const findings = lint(SAMPLE, { config }).findings;
    assert.equal(findings.find((finding) => finding.ruleId === 'non-apology')!.severity, 'error');
    assert.equal(findings.find((finding) => finding.ruleId === 'minimizing-language')!.severity, 'info');
    assert.ok(!findings.some((finding) => finding.ruleId === 'time-zone'));
    assert.ok(!lint(SAMPLE, { config: { rules: { 'status-speak': false } } }).findings.some((finding) => finding.ruleId === 'status-speak'));
  });

  it('applies safe fixes and leaves the rest', () => {
    const text = 'We utilize caches in order to stay fast. This will never happen again.';
    const fixed = applySuggestions(text, lint(text).findings);
    assert.equal(fixed.text, 'We use caches to stay fast. This will never happen again.');
    assert.equal(fixed.applied, 2);
    assert.equal(applySuggestions(fixed.text, lint(fixed.text).findings).applied, 0);
  });

  it('finds phrases where the parsed text differs from the source (list indents, escapes, entities, NUL)', () => {
    for (const text of ['- item one\n  we apologize for any inconvenience', 'A &amp; B we apologize for any inconvenience', 'A \\* B we apologize for any inconvenience', 'Line one   \n   we apologize for any inconvenience', '\u0000 &copy; we apologize for any inconvenience']) {
      const finding = lint(text).findings.find((candidate) => candidate.ruleId === 'non-apology');
      assert.equal(finding && text.slice(finding.range.start.offset, finding.range.end.offset), 'we apologize for any inconvenience', JSON.stringify(text));
    }
  });

  it('checks the wording in table cells', () => {
    const text = '| Time | Event |\n| --- | --- |\n| 14:02 UTC | We utilize a second region |';
    assert.deepEqual(lint(text).findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset)), ['utilize']);
  });

  it('cuts very long blocks at row or item boundaries, and finds the same things in them', () => {
    const rows = Array.from({ length: 2500 }, (_, row) => `| ${row} | We utilize region ${row} |`);
    const text = ['| Row | Event |', '| --- | --- |', ...rows].join('\n');
    const chunks = splitChunks(text);
    assert.equal(chunks.length, 3);
    assert.ok(chunks.every((chunk) => chunk.text.split('\n').length <= 1001));
    assert.equal(lint(text).findings.filter((finding) => finding.ruleId === 'plain-words').length, 2500);
  });

  it('expands multi-word alternatives in phrase patterns', () => {
    assert.deepEqual(expandGroups('ensure this (will not|cannot) happen (again|in the future)'), [
      'ensure this will not happen again',
      'ensure this will not happen in the future',
      'ensure this cannot happen again',
      'ensure this cannot happen in the future',
    ]);
    assert.deepEqual(expandGroups('we are (right now)? looking'), ['we are right now looking', 'we are looking']);
    const table = new PhraseTable([{ phrase: 'never happen (again|in the future)', message: 'm' }]);
    const chunk = analyzeChunk('It will never happen in the future. It will never happen again.', '', createProcessor());
    assert.deepEqual(table.match(chunk).map((match) => match.text), ['never happen in the future', 'never happen again']);
  });

  it('re-applies explanations from other blocks after each edit, with the block cache warm', () => {
    const linter = new Linter();
    const jargonIn = (text: string) => linter.lint(text).findings.filter((finding) => finding.ruleId === 'jargon').map((finding) => finding.range.start.offset);
    const use = 'The CDN failed at 10:02 UTC.';
    const explained = 'A CDN is a network of computers that serve our pages.';
    assert.deepEqual(jargonIn(use), [4]);
    assert.deepEqual(jargonIn(`${use}\n\n${explained}`), []);
    assert.deepEqual(jargonIn(`${use}\n\nA CDN sends our pages.`), [4, 32]);
    assert.deepEqual(jargonIn(`${use}\n\n${explained}`), []);
  });
});
