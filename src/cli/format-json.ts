import type { FileReport } from './report';

/** The documented JSON shape: 1-based lines and UTF-16 columns, 0-based offsets. */
export function formatJson(files: readonly FileReport[]): string {
  return JSON.stringify({
    files: files.map((file) => ({
      path: file.path,
      findings: file.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        line: finding.range.start.line,
        column: finding.range.start.column,
        endLine: finding.range.end.line,
        endColumn: finding.range.end.column,
        offset: finding.range.start.offset,
        endOffset: finding.range.end.offset,
        suggestions: finding.suggestions.map((suggestion) => ({ title: suggestion.title, replacement: suggestion.replacement })),
        url: finding.url,
      })),
    })),
  });
}
