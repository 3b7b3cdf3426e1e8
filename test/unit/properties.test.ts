// Property-based tests: whatever is pasted in, lint answers, never throws, and its ranges and fixes are sound.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applySuggestions, Linter, type Finding } from '../../src/engine/index';

const linter = new Linter();

const PHRASES = [
  'a small number of users', 'elevated error rates', 'We apologize for any inconvenience', 'utilize', 'in order to', 'at 14:32', '3pm', 'BGP', 'etcd',
  '10.0.0.1', '[TBD]', 'TODO', '{{name}}', '<customer name>', 'yesterday', 'we believe', 'This will never happen again', 'human error',
  'mistakes were made', 'we are improving monitoring', '100% of requests failed', 'minor version', 'AKIAABCDEFGHIJKLMNOP', 'Prior to',
];
const MARKUP = ['\n', '\n\n', '# ', '## ', '- ', '1. ', '> ', '```\n', '~~~', '    ', '| a | b |\n| --- | --- |\n', '<!-- ', ' -->', '<!-- incident-comms-disable -->', '<!-- incident-comms-disable-next-line -->\n', '[x]: https://e.com\n', '[link](https://e.com/a small number of users)', '**', '_', '`', '"', '“', '”', '<b>', '</b>', '---\n'];
const SPECIAL = ['\u0000', '\u200B', '\u200D', '\u202E', '\u0301', '😀', '\uD800', '\uDFFF', 'é', 'مرحبا', '\t', '\uFEFF', '\r', '\r\n', '\u2028'];
const FRONT_MATTER = [
  '', '---\ntype: summary\n---\n', '---\ntype: [\n---\n', '---\ntype: update\nstatus: investigating\n', '---\n- a\n- b\n---\n', '---\na:\n  b:\n    c: [1, {d: e}]\n---\n',
  '---\nstatus: resolved\nstarted: 2026-01-01T00:00:00Z\nresolved: 2025-01-01T00:00:00Z\n---\n', '---\n\u0000: \uD800\n---\n', '---\naudience: internal\ntype: internal\n---\n', '---\n---\n', '---',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constant(' ') },
);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const documentArbitrary = fc
  .tuple(fc.constantFrom(...FRONT_MATTER), fc.array(piece, { maxLength: 50 }), lineEnding)
  .map(([front, parts, eol]) => (front + parts.join(' ')).replace(/\r\n|\r|\n/g, eol));

/** Line and column computed independently of the engine. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const splitsSurrogatePair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && /[\uD800-\uDBFF]/.test(text[offset - 1]!) && /[\uDC00-\uDFFF]/.test(text[offset]!);

function checkRanges(text: string, findings: Finding[]): void {
  let previous = -1;
  for (const finding of findings) {
    const { start, end } = finding.range;
    assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length, `${finding.ruleId} range ${start.offset}-${end.offset} in ${text.length}`);
    assert.ok(start.offset >= previous, 'sorted by position');
    previous = start.offset;
    assert.deepEqual({ line: start.line, column: start.column }, lineColumn(text, start.offset));
    assert.deepEqual({ line: end.line, column: end.column }, lineColumn(text, end.offset));
    assert.ok(!splitsSurrogatePair(text, start.offset) && !splitsSurrogatePair(text, end.offset), `${finding.ruleId} splits a surrogate pair`);
    for (const suggestion of finding.suggestions) {
      assert.ok(suggestion.offset! >= 0 && suggestion.offset! <= suggestion.endOffset! && suggestion.endOffset! <= text.length);
    }
  }
}

describe('properties over generated documents', function () {
  this.timeout(300000);

  it('lint never throws, every rule runs, and ranges are inside the text on UTF-16 boundaries (6,000 cases)', () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const result = linter.lint(text);
        assert.deepEqual(result.ruleFailures, []);
        checkRanges(text, result.findings);
      }),
      { numRuns: 6000, seed: 20261123 },
    );
  });

  it('applying every first suggestion leaves a document that still checks, without the fixed findings (4,000 cases)', () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const before = linter.lint(text).findings;
        const chosen = chooseNonOverlapping(before);
        const fixed = applySuggestions(text, chosen, () => true);
        const after = linter.lint(fixed.text);
        assert.deepEqual(after.ruleFailures, []);
        checkRanges(fixed.text, after.findings);
        for (const { finding, at } of shiftedPositions(chosen)) {
          const replacement = finding.suggestions[0]!.replacement;
          const again = after.findings.find((candidate) => candidate.ruleId === finding.ruleId && candidate.range.start.offset === at && fixed.text.slice(at, candidate.range.end.offset) === finding.actual);
          assert.equal(again, undefined, `${finding.ruleId} still flags “${finding.actual}” after replacing it with “${replacement}”`);
        }
      }),
      { numRuns: 4000, seed: 1123 },
    );
  });
});

function chooseNonOverlapping(findings: Finding[]): Finding[] {
  const chosen: Finding[] = [];
  let reached = -1;
  for (const finding of [...findings].sort((a, b) => a.suggestions[0]?.offset! - b.suggestions[0]?.offset!)) {
    const suggestion = finding.suggestions[0];
    if (!suggestion || suggestion.offset! < reached) continue;
    chosen.push(finding);
    reached = Math.max(suggestion.endOffset!, suggestion.offset! + 1);
  }
  return chosen;
}

/** Where each fix's replacement starts in the fixed text. */
function shiftedPositions(chosen: Finding[]): Array<{ finding: Finding; at: number }> {
  let delta = 0;
  return chosen.map((finding) => {
    const suggestion = finding.suggestions[0]!;
    const at = suggestion.offset! + delta;
    delta += suggestion.replacement.length - (suggestion.endOffset! - suggestion.offset!);
    return { finding, at };
  });
}
