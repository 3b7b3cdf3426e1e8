import type { Finding, Suggestion } from './types';

export interface AppliedFixes {
  text: string;
  applied: number;
}

/**
 * Applies the first suggestion of each finding that `select` accepts, from the end of the text
 * backwards; a fix that overlaps one already applied is skipped (the next run picks it up).
 */
export function applySuggestions(text: string, findings: readonly Finding[], select: (suggestion: Suggestion, finding: Finding) => boolean = (suggestion) => !!suggestion.safe): AppliedFixes {
  const edits = findings
    .map((finding) => ({ finding, suggestion: finding.suggestions[0] }))
    .filter((entry): entry is { finding: Finding; suggestion: Suggestion } => !!entry.suggestion && select(entry.suggestion, entry.finding))
    .map(({ finding, suggestion }) => ({
      start: suggestion.offset ?? finding.range.start.offset,
      end: suggestion.endOffset ?? finding.range.end.offset,
      replacement: suggestion.replacement,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let applied = 0;
  let floor = Infinity;
  for (const edit of edits) {
    if (edit.end > floor || edit.start < 0 || edit.end > text.length) continue;
    result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
    floor = edit.start;
    applied++;
  }
  return { text: result, applied };
}
