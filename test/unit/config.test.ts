import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, RULES } from '../../src/engine/index';

const root = path.join(__dirname, '..', '..');

describe('configuration', () => {
  it('accepts a valid configuration', () => {
    const loaded = parseConfig('rules:\n  jargon: off\n  hedging: { severity: warning }\nglossary:\n  terms:\n    Falcon: null\n  allow: [BGP]\nreadability:\n  age: 14\n');
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.readability?.age, 14);
  });

  it('reports what is wrong with line and column, and falls back to the defaults', () => {
    const loaded = parseConfig('rules:\n  jargn: off\n  hedging: loud\nreadability:\n  age: "old"\n');
    assert.deepEqual(loaded.config, {});
    const messages = loaded.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
    assert.ok(messages.includes('2:3 Unknown key `rules.jargn`.'), messages.join('\n'));
    assert.ok(messages.some((message) => message.startsWith('3:12 ')), messages.join('\n'));
    assert.ok(messages.some((message) => message.startsWith('5:8 `readability.age` must be a number')), messages.join('\n'));
  });

  it('reports invalid YAML clearly', () => {
    const loaded = parseConfig('rules: [jargon\n');
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0]!.message, /^Invalid YAML/);
  });

  it('reads JSON too', () => {
    assert.deepEqual(parseConfig('{"rules": {"jargon": "error"}}').config, { rules: { jargon: 'error' } });
  });

  it('names every rule in the schema, and every rule has its docs page', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'config.schema.json'), 'utf8'));
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      const doc = readFileSync(path.join(root, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.match(doc, new RegExp(`^# \`${rule.id}\``), `${rule.id}.md title`);
    }
  });
});
