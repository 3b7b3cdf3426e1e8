import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/engine/index';

const directory = path.join(__dirname, '..', 'fixtures');
const files = readdirSync(directory).filter((name) => name.endsWith('.md'));

describe('well-written fixtures', () => {
  it('cover every type', () => {
    const types = new Set(files.map((name) => /^type:\s*(\S+)/m.exec(readFileSync(path.join(directory, name), 'utf8'))?.[1]));
    for (const type of ['update', 'resolution', 'summary', 'maintenance', 'security', 'follow-up', 'internal']) assert.ok(types.has(type), type);
    assert.ok(files.length >= 10);
  });

  for (const name of files) {
    it(`${name} has no finding`, () => {
      const findings = lint(readFileSync(path.join(directory, name), 'utf8')).findings;
      assert.deepEqual(findings.map((finding) => `${finding.range.start.line}:${finding.ruleId} ${finding.message}`), []);
    });
  }
});
