import type { FileReport } from './report';
import { totals } from './report';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatText(files: readonly FileReport[], color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor = { error: 31, warning: 33, info: 36 } as const;
  const lines: string[] = [];
  for (const file of files) {
    if (file.findings.length === 0) continue;
    lines.push(paint(4, file.path));
    const width = Math.max(...file.findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column}`.length));
    for (const finding of file.findings) {
      const place = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(width);
      const severity = paint(severityColor[finding.severity], finding.severity.padEnd(7));
      lines.push(`  ${paint(2, place)}  ${severity}  ${finding.message}  ${paint(2, finding.ruleId)}`);
    }
    lines.push('');
  }
  const count = totals(files);
  const problems = count.error + count.warning + count.info;
  if (problems === 0) {
    lines.push(paint(32, `✔ No problems in ${plural(files.length, 'file')}.`));
  } else {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info) in ${plural(files.length, 'file')}.`;
    lines.push(paint(count.error > 0 ? 31 : 33, summary));
  }
  return lines.join('\n');
}
