import type { DocumentRule, RawFinding } from '../rule';
import { QUESTIONS_BY_TYPE, type Question } from '../data/questions';
import { hasPlaceholder } from './unfilled-placeholder';

const missingSection: DocumentRule = {
  id: 'missing-section',
  description: 'A question readers ask that the text does not answer, by `type` (found by headings or by content).',
  defaultSeverity: 'warning',
  scope: 'document',
  check(document, context) {
    const type = context.document.type;
    const questions = type ? QUESTIONS_BY_TYPE[type] : undefined;
    if (!questions) return [];
    const status = context.document.status;
    const headings = document.chunks.flatMap(({ analysis }) => analysis.headings.map((heading) => heading.text));
    const prose = document.chunks
      .flatMap(({ analysis }) => analysis.prose.filter((span) => !span.quoted).map((span) => span.value))
      .join(' ')
      .replace(/\s+/g, ' ');
    const data = document.frontMatter?.data ?? {};
    const front = document.frontMatter;
    const where = front?.valueRanges.get('type') ?? { start: 0, end: Math.min(document.text.length, firstLineEnd(document.text)) };
    const findings: RawFinding[] = [];
    // A template still being filled in: its placeholders stand for the answers.
    if (hasPlaceholder(prose)) return findings;
    for (const question of questions) {
      if (question.skipStatuses?.includes(status ?? '')) continue;
      if (answered(question, headings, prose, data)) continue;
      findings.push({ ...where, message: question.message });
    }
    return findings;
  },
};

function answered(question: Question, headings: string[], prose: string, data: Record<string, unknown>): boolean {
  if (question.frontMatter?.(data)) return true;
  if (question.heading && headings.some((heading) => question.heading!.test(heading))) return true;
  return question.content.test(prose);
}

function firstLineEnd(text: string): number {
  const end = text.search(/\r|\n/);
  return end === -1 ? text.length : Math.max(end, 1);
}

export default missingSection;
