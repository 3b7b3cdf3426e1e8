import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/engine/index';
import { SAMPLES } from './template-samples';

const snippets = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'snippets', 'incident-comms.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '04', CURRENT_HOUR: '14', CURRENT_MINUTE: '02', CURRENT_SECOND: '00', CURRENT_TIMEZONE_OFFSET: '+00:00' };

/** Expands a snippet body as VS Code does: variables, first choice, placeholders (filled or left as written). */
function expand(body: string, fill: boolean): string {
  return body
    .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, __, first: string) => first)
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, __, text: string) => {
      if (!fill) return text;
      const sample = SAMPLES[text];
      if (sample === undefined) throw new Error(`no sample for ${text}`);
      return sample;
    })
    .replace(/\$\{?([A-Z_]+)\}?/g, (whole, name: string) => VARIABLES[name] ?? whole)
    .replace(/\$0/g, '');
}

describe('templates (snippets)', () => {
  it('cover every phase and type the issue names', () => {
    const types = Object.values(snippets).map((snippet) => /^type: (\S+)/m.exec(snippet.body.join('\n'))?.[1]);
    for (const type of ['update', 'resolution', 'summary', 'maintenance', 'security', 'follow-up', 'internal']) assert.ok(types.includes(type), type);
    for (const status of ['investigating', 'identified', 'monitoring', 'scheduled', 'in-progress', 'completed']) {
      assert.ok(Object.values(snippets).some((snippet) => snippet.body.includes(`status: ${status}`)), status);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${name}: filled in, it checks clean`, () => {
      const text = expand(snippet.body.join('\n'), true);
      assert.deepEqual(lint(text).findings.map((finding) => `${finding.range.start.line}:${finding.ruleId} ${finding.message}`), []);
    });

    it(`${name}: unfilled, it reports unfilled-placeholder and nothing else`, () => {
      const findings = lint(expand(snippet.body.join('\n'), false)).findings;
      assert.ok(findings.length > 0);
      assert.deepEqual([...new Set(findings.map((finding) => finding.ruleId))], ['unfilled-placeholder']);
    });
  }
});
