import assert from 'node:assert/strict';
import { Linter, type Config, type Finding } from '../../src/engine/index';

const linter = new Linter();

export interface Case {
  /** Front matter lines, without the --- fences. */
  front?: string;
  config?: Config;
}

/**
 * Checks a rule against text with inline expected markers: `[[…]]` around each span the rule must flag.
 * Text without markers must not be flagged by the rule at all.
 */
export function expectRule(ruleId: string, marked: string, options: Case = {}): Finding[] {
  const prefix = options.front !== undefined ? `---\n${options.front}\n---\n` : '';
  const expected: Array<[number, number]> = [];
  let text = prefix;
  let rest = marked;
  for (;;) {
    const open = rest.indexOf('[[');
    if (open === -1) break;
    let close = rest.indexOf(']]', open);
    while (rest[close + 2] === ']') close++;
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + 2, close);
    expected.push([start, text.length]);
    rest = rest.slice(close + 2);
  }
  text += rest;
  const findings = linter.lint(text, options.config ? { config: options.config } : {}).findings.filter((finding) => finding.ruleId === ruleId);
  const actual = findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
  const wanted = expected.map(([start, end]) => text.slice(start, end));
  assert.deepEqual(actual, wanted, `${ruleId} on ${JSON.stringify(marked)}`);
  return findings;
}

export function lintText(text: string, config?: Config): Finding[] {
  return linter.lint(text, config ? { config } : {}).findings;
}
