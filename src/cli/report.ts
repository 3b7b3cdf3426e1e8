import type { Finding } from '../engine/index';

export interface FileReport {
  /** Path as shown to the user: relative to the working folder, forward slashes. */
  path: string;
  findings: Finding[];
}

export interface Totals {
  error: number;
  warning: number;
  info: number;
}

export function totals(files: readonly FileReport[]): Totals {
  const counts: Totals = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}
