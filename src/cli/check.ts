import path from 'node:path';
import { applySuggestions, Linter, type Finding } from '../engine/index';
import { ConfigLoader } from './config-loader';
import { expandPaths, readText, writeAtomic } from './files';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { totals, type FileReport } from './report';

export interface CheckOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  config?: string;
  maxWarnings?: number;
  fix: boolean;
  color: boolean;
  cwd: string;
  version: string;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs `incident-comms check`; returns the exit code. */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const linter = new Linter();
  const loader = new ConfigLoader(options.config ? path.resolve(options.cwd, options.config) : undefined);
  const { files, problems } = await expandPaths(options.paths, options.cwd);
  let configBroken = false;
  const reportedConfigs = new Set<string>();
  for (const problem of problems) io.err(`incident-comms: ${problem.path}: ${problem.message}`);

  const reports: FileReport[] = [];
  for (const file of files) {
    const shown = display(file, options.cwd);
    const read = await readText(file);
    if (!read.ok) {
      io.err(`incident-comms: ${shown}: ${read.message}`);
      continue;
    }
    const resolved = await loader.forDocument(file);
    if (resolved.problems.length > 0) {
      configBroken = true;
      if (resolved.file && !reportedConfigs.has(resolved.file)) {
        reportedConfigs.add(resolved.file);
        for (const problem of resolved.problems) {
          io.err(`incident-comms: ${display(resolved.file, options.cwd)}:${problem.line}:${problem.column}: ${problem.message} Checking with the default configuration.`);
        }
      }
    }
    let text = read.text;
    let result = linter.lint(text, { config: resolved.config });
    if (options.fix) {
      const unparsable = result.findings.some((finding) => finding.ruleId === 'front-matter' && /Invalid YAML|never closed/.test(finding.message));
      const fixed = applySuggestions(text, result.findings);
      if (fixed.applied > 0 && unparsable) {
        io.err(`incident-comms: ${shown}: not fixed: its front matter does not parse, so the file is left untouched.`);
      } else if (fixed.applied > 0) {
        try {
          await writeAtomic(file, fixed.text);
          text = fixed.text;
          result = linter.lint(text, { config: resolved.config });
        } catch (error) {
          io.err(`incident-comms: ${shown}: could not write the fixes (${(error as Error).message}); the file is unchanged.`);
        }
      }
    }
    for (const failure of result.ruleFailures) io.err(`incident-comms: ${shown}: rule ${failure.ruleId} failed and was skipped: ${failure.error}`);
    reports.push({ path: shown, findings: result.findings });
  }

  if (options.format === 'json') io.out(formatJson(reports));
  else if (options.format === 'sarif') io.out(formatSarif(reports, options.version));
  else io.out(formatText(reports, options.color));

  if (configBroken) return 2;
  const count = totals(reports);
  if (count.error > 0) return 1;
  if (options.maxWarnings !== undefined && count.warning > options.maxWarnings) {
    if (options.format === 'text') io.err(`incident-comms: ${count.warning} warnings is more than --max-warnings ${options.maxWarnings}.`);
    return 1;
  }
  return 0;
}

function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

export type { Finding };
