// Speed, side by side with alex in one process: a full check of generated incident-like Markdown
// (1k, 10k, 100k words), and a re-check of a 10k-word document after a one-word edit.
import { markdown as alex } from 'alex';
import { performance } from 'node:perf_hooks';
import { Linter } from '../src/engine/index';
import { generateDocument } from './generate';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(runs: number, task: (run: number) => void): number {
  task(-1); // warm-up: JIT and module caches, not our block cache (each run below starts cold)
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task(run);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const rows: string[] = [];
for (const [words, runs] of [[1_000, 15], [10_000, 7], [100_000, 3]] as const) {
  const text = generateDocument(words, 42);
  const ours = time(runs, () => new Linter().lint(text));
  const theirs = time(runs, () => alex(text));
  rows.push(`full check ${String(words).padStart(7)} words: incident-comms ${ms(ours).padStart(9)}   alex ${ms(theirs).padStart(9)}   ratio ${(ours / theirs).toFixed(2)}x (lower is faster)`);
}

const base = generateDocument(10_000, 7);
const linter = new Linter();
linter.lint(base);
const marker = base.indexOf('customers', base.length >> 1);
const incremental = time(25, (run) => {
  const edited = `${base.slice(0, marker)}customer${run + 2}s${base.slice(marker + 'customers'.length)}`;
  linter.lint(edited);
});
const fresh = time(5, () => new Linter().lint(base));
rows.push(`re-check after a one-word edit, 10000 words: ${ms(incremental)} (a cold check of the same text: ${ms(fresh)})`);

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const row of rows) console.log(row);
