import assert from 'node:assert/strict';
import { RULES } from '../../src/engine/index';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const CLEAN = '---\ntype: update\nstatus: investigating\nnext_update: 2026-03-04T15:00:00Z\n---\nLabel printing fails for every customer since 14:02 UTC. We are restoring it.\n';
const WARN = 'A small number of users saw a brief issue.\n';
const ERROR = 'Hello {{name}}.\n';

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('incident-comms check (CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'incident-comms-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs as a program, the way npx starts it (shebang and executable bit survive a rebuild)', function () {
    if (process.platform === 'win32') this.skip();
    writeFileSync(path.join(dir, 'clean.md'), CLEAN);
    const result = spawnSync(CLI, ['check', 'clean.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(result.error, undefined, String(result.error));
    assert.equal(result.status, 0, result.stderr);
  });

  it('exits 0 on clean files and prints a summary', () => {
    writeFileSync(path.join(dir, 'clean.md'), CLEAN);
    const result = run(dir, 'check', 'clean.md');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /No problems in 1 file/);
  });

  it('exits 0 with warnings, 1 with errors or too many warnings', () => {
    writeFileSync(path.join(dir, 'warn.md'), WARN);
    writeFileSync(path.join(dir, 'error.md'), ERROR);
    assert.equal(run(dir, 'check', 'warn.md').code, 0);
    assert.equal(run(dir, 'check', 'warn.md', '--max-warnings', '1').code, 1);
    assert.equal(run(dir, 'check', 'warn.md', '--max-warnings', '5').code, 0);
    const errors = run(dir, 'check', 'error.md');
    assert.equal(errors.code, 1);
    assert.match(errors.stdout, /error\.md\n\s+1:7\s+error\s+“\{\{name\}\}” is a template variable left unfilled/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run(dir).code, 2);
    assert.equal(run(dir, 'lint', 'x.md').code, 2);
    assert.equal(run(dir, 'check').code, 2);
    assert.equal(run(dir, 'check', 'x.md', '--format', 'xml').code, 2);
    assert.equal(run(dir, 'check', 'x.md', '--max-warnings', 'many').code, 2);
    assert.equal(run(dir, 'check', 'x.md', '--bogus').code, 2);
  });

  it('prints the documented JSON shape', () => {
    writeFileSync(path.join(dir, 'warn.md'), 'Ok.\n\n😀 A small number of users.\n');
    const result = run(dir, 'check', '--format', 'json', 'warn.md');
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), ['files']);
    assert.equal(json.files[0].path, 'warn.md');
    const finding = json.files[0].findings[0];
    assert.deepEqual(Object.keys(finding), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'suggestions', 'url']);
    assert.deepEqual(
      { ruleId: finding.ruleId, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, offset: finding.offset, endOffset: finding.endOffset },
      { ruleId: 'minimizing-language', line: 3, column: 4, endLine: 3, endColumn: 21, offset: 8, endOffset: 25 },
    );
  });

  it('prints SARIF 2.1.0 with rules, levels and regions', () => {
    mkdirSync(path.join(dir, 'status'));
    writeFileSync(path.join(dir, 'status', 'a.md'), ERROR + WARN);
    const sarif = JSON.parse(run(dir, 'check', '--format', 'sarif', 'status').stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'incident-comms');
    assert.equal(run0.tool.driver.rules.length, RULES.length);
    const result = run0.results[0];
    assert.equal(result.ruleId, 'unfilled-placeholder');
    assert.equal(result.level, 'error');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'unfilled-placeholder');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'status/a.md');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 7, endLine: 1, endColumn: 15 });
    assert.ok(run0.results.some((entry: { level: string }) => entry.level === 'warning'));
  });

  it('checks every *.md below a directory and globs', () => {
    mkdirSync(path.join(dir, 'incidents', 'old'), { recursive: true });
    writeFileSync(path.join(dir, 'incidents', 'a.md'), WARN);
    writeFileSync(path.join(dir, 'incidents', 'old', 'b.md'), WARN);
    writeFileSync(path.join(dir, 'incidents', 'notes.txt'), WARN);
    const paths = (...args: string[]) => JSON.parse(run(dir, 'check', '--format', 'json', ...args).stdout).files.map((file: { path: string }) => file.path);
    assert.deepEqual(paths('incidents'), ['incidents/a.md', 'incidents/old/b.md']);
    assert.deepEqual(paths('incidents/**/b.md'), ['incidents/old/b.md']);
  });

  it('reports missing, binary, non-UTF-8 and looping paths and still checks the others', () => {
    writeFileSync(path.join(dir, 'good.md'), WARN);
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    mkdirSync(path.join(dir, 'loop'));
    symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'));
    const result = run(dir, 'check', '--format', 'json', 'missing.md', 'binary.md', 'latin1.md', 'good.md', 'loop');
    assert.match(result.stderr, /missing\.md: No such file or directory/);
    assert.match(result.stderr, /binary\.md: Looks like a binary file/);
    assert.match(result.stderr, /latin1\.md: Is not valid UTF-8/);
    assert.deepEqual(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path), ['good.md']);
    assert.equal(result.code, 0);
  });

  it('treats a directory named like a Markdown file as a directory', () => {
    mkdirSync(path.join(dir, 'notes.md'));
    writeFileSync(path.join(dir, 'notes.md', 'inside.md'), WARN);
    mkdirSync(path.join(dir, 'empty.md'));
    const result = run(dir, 'check', '--format', 'json', 'notes.md', 'empty.md');
    assert.deepEqual(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path), ['notes.md/inside.md']);
    assert.match(result.stderr, /empty\.md: No Markdown files \(\*\.md\) in this directory\./);
    assert.equal(result.code, 0);
  });

  it('reports a file that fails to read (even as root) and checks the others', () => {
    writeFileSync(path.join(dir, 'good.md'), WARN);
    const result = run(dir, 'check', '--format', 'json', '/proc/self/mem', 'good.md');
    assert.match(result.stderr, /\/proc\/self\/mem: Cannot read this file\. \(EIO\)/);
    assert.deepEqual(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path), ['good.md']);
  });

  it('reports an unreadable file', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads anything; the test above covers a failing read
    writeFileSync(path.join(dir, 'secret.md'), WARN);
    chmodSync(path.join(dir, 'secret.md'), 0o000);
    assert.match(run(dir, 'check', 'secret.md').stderr, /Permission denied/);
  });

  it('finds the nearest configuration walking up, and reports a bad one with file, line and column', () => {
    mkdirSync(path.join(dir, 'team', 'incidents'), { recursive: true });
    writeFileSync(path.join(dir, '.incident-comms.yaml'), 'rules:\n  minimizing-language: error\n');
    writeFileSync(path.join(dir, 'team', 'incidents', 'a.md'), WARN);
    assert.equal(run(dir, 'check', 'team').code, 1);
    writeFileSync(path.join(dir, 'team', '.incident-comms.yaml'), 'rules:\n  minimizing-languag: off\n');
    const bad = run(dir, 'check', 'team');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /team\/\.incident-comms\.yaml:2:3: Unknown key `rules\.minimizing-languag`\. Checking with the default configuration\./);
    assert.match(bad.stdout, /minimizing-language/);
    const explicit = run(dir, 'check', 'team', '--config', '.incident-comms.yaml');
    assert.equal(explicit.code, 1);
  });

  describe('--fix', () => {
    it('applies safe fixes atomically, keeping line endings and a BOM', () => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, '\uFEFFWe utilize caches.\r\nWe commenced work in order to fix it.\r\n');
      const result = run(dir, 'check', '--fix', 'a.md');
      assert.equal(result.code, 0, result.stderr);
      assert.equal(readFileSync(file, 'utf8'), '\uFEFFWe use caches.\r\nWe started work to fix it.\r\n');
      assert.deepEqual(readdirSync(dir), ['a.md']);
    });

    for (const [name, eol] of [['LF', '\n'], ['CR', '\r'], ['CRLF', '\r\n']] as const) {
      it(`keeps ${name} line endings`, () => {
        const file = path.join(dir, 'a.md');
        const lines = ['# Update', '', 'We utilize caches.', 'We commenced work in order to fix it.', ''];
        writeFileSync(file, lines.join(eol));
        assert.equal(run(dir, 'check', '--fix', 'a.md').code, 0);
        assert.equal(readFileSync(file, 'utf8'), ['# Update', '', 'We use caches.', 'We started work to fix it.', ''].join(eol));
      });
    }

    it('keeps mixed line endings as they are', () => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, 'We utilize caches.\r\nPrior to that,\nwe commenced.\r');
      run(dir, 'check', '--fix', 'a.md');
      assert.equal(readFileSync(file, 'utf8'), 'We use caches.\r\nBefore that,\nwe started.\r');
    });

    it('leaves a file untouched when there is nothing to fix', () => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, WARN);
      const before = readFileSync(file);
      run(dir, 'check', '--fix', 'a.md');
      assert.deepEqual(readFileSync(file), before);
    });

    it('refuses to write a file whose front matter does not parse', () => {
      const file = path.join(dir, 'a.md');
      const text = '---\ntype: [update\n---\nWe utilize caches.\n';
      writeFileSync(file, text);
      const result = run(dir, 'check', '--fix', 'a.md');
      assert.match(result.stderr, /not fixed: its front matter does not parse/);
      assert.equal(readFileSync(file, 'utf8'), text);
      assert.ok(existsSync(file));
    });
  });
});
