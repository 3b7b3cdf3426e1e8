// Huge documents through the built CLI, one child process each: wall time, peak memory (max RSS) and
// findings. The prose cases grow 1×, 4×, 16× to show the check is linear in size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDocument } from './generate';

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const SENTENCE = 'A small number of users saw elevated error rates at 14:32 while we utilize a second region in order to recover. ';

const cases: Array<[string, () => string]> = [
  ['prose 1× (50,000 words)', () => generateDocument(50_000, 1)],
  ['prose 4× (200,000 words)', () => generateDocument(200_000, 1)],
  ['prose 16× (800,000 words, about 5 MB)', () => generateDocument(800_000, 1)],
  ['one 200,000-character line', () => SENTENCE.repeat(Math.ceil(200_000 / SENTENCE.length)).slice(0, 200_000)],
  ['a 50,000-row table', () => ['| Time | Event |', '| --- | --- |', ...Array.from({ length: 50_000 }, (_, row) => `| 14:${String(row % 60).padStart(2, '0')} UTC | Row ${row}: we utilize a second region |`)].join('\n')],
  ['10,000 headings', () => Array.from({ length: 10_000 }, (_, index) => `## Update ${index}\n\nLabel printing works again for customers in region ${index % 7}.`).join('\n\n')],
];

const directory = mkdtempSync(path.join(tmpdir(), 'incident-comms-stress-'));
const wrapper = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, 'cli'); require(${JSON.stringify(cli)});`;
const rows: string[] = [];
let perMegabyte: number[] = [];
try {
  for (const [name, make] of cases) {
    const file = path.join(directory, 'doc.md');
    writeFileSync(file, make());
    const megabytes = statSync(file).size / 1e6;
    const started = performance.now();
    const child = spawnSync(process.execPath, ['-e', wrapper, 'check', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (performance.now() - started) / 1000;
    const rss = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
    const findings = child.stdout ? JSON.parse(child.stdout).files[0]?.findings.length ?? 0 : NaN;
    if (name.startsWith('prose')) perMegabyte.push(seconds / megabytes);
    rows.push(`${name.padEnd(40)} ${megabytes.toFixed(2).padStart(6)} MB  ${seconds.toFixed(2).padStart(7)} s  peak ${rss.toFixed(0).padStart(5)} MB  ${String(findings).padStart(7)} findings  exit ${child.status}`);
    console.log(rows[rows.length - 1]);
  }
  perMegabyte = perMegabyte.map((value) => value / perMegabyte[0]!);
  console.log(`seconds per MB relative to 1×: ${perMegabyte.map((value) => value.toFixed(2)).join(', ')} (1.00 everywhere would be perfectly linear)`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
