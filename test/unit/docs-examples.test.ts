// The examples on each rule's documentation page are checked against the engine, so the docs stay true.
// Bullets under "Flagged" / "Not flagged" are one example each (front matter `type: update`,
// `status: investigating`, overridable by `key: value` pairs in a trailing " — *note*"); fenced blocks
// that start with front matter are whole documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter, RULES } from '../../src/engine/index';

const linter = new Linter();
const docs = path.join(__dirname, '..', '..', 'docs', 'rules');

interface Example {
  flagged: boolean;
  text: string;
}

function examples(page: string): Example[] {
  const section = page.split(/^## Examples\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const found: Example[] = [];
  let flagged: boolean | undefined;
  let fence: string[] | undefined;
  for (const line of section.split('\n')) {
    if (fence) {
      if (/^```\s*$/.test(line)) {
        if (flagged !== undefined && fence[0] === '---') found.push({ flagged, text: fence.join('\n') });
        fence = undefined;
      } else {
        fence.push(line);
      }
      continue;
    }
    if (/^```/.test(line)) fence = [];
    else if (/^\**Flagged/i.test(line)) flagged = true;
    else if (/^\**Not flagged/i.test(line)) flagged = false;
    else if (/^- /.test(line) && flagged !== undefined) found.push({ flagged, text: asDocument(line.slice(2)) });
  }
  return found;
}

function asDocument(bullet: string): string {
  const front: Record<string, string> = { type: 'update', status: 'investigating' };
  let body = bullet;
  const note = /\s+—\s+\*([^*]*)\*\s*$/.exec(bullet);
  if (note) {
    body = bullet.slice(0, note.index);
    for (const pair of note[1]!.matchAll(/`([a-z_]+): ([^`]+)`/g)) front[pair[1]!] = pair[2]!;
  }
  return `---\n${Object.entries(front).map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n${body}\n`;
}

describe('rule documentation examples', () => {
  for (const rule of RULES) {
    const page = readFileSync(path.join(docs, `${rule.id}.md`), 'utf8');
    const cases = examples(page);
    it(`${rule.id}: every example behaves as its page says (${cases.length} examples)`, () => {
      const wrong = cases
        .filter((example) => linter.lint(example.text).findings.some((finding) => finding.ruleId === rule.id) !== example.flagged)
        .map((example) => `${example.flagged ? 'not flagged' : 'flagged'}: ${example.text.split('---\n')[2]?.trim() ?? example.text}`);
      assert.deepEqual(wrong, []);
    });
  }

  it('has examples on every page that has an Examples section with lists', () => {
    const counted = RULES.map((rule) => examples(readFileSync(path.join(docs, `${rule.id}.md`), 'utf8')).length);
    assert.ok(counted.filter((count) => count > 0).length >= RULES.length - 1);
  });
});
