import { renderDocument } from '../render/index';
import type { DocumentRule } from '../rule';

/** Status pages commonly cap an update at 4,096 characters; summaries and emails have no such limit. */
const DEFAULT_LIMITS: Record<string, number> = { update: 4096, resolution: 4096, maintenance: 4096 };

const lengthLimit: DocumentRule = {
  id: 'length-limit',
  description: 'Text longer than its target allows (a status update, an SMS), measured as the reader sees it.',
  defaultSeverity: 'warning',
  scope: 'document',
  check(document, context) {
    const configured = context.options.maxLength;
    const limit = typeof configured === 'number' ? configured : DEFAULT_LIMITS[context.document.type ?? ''];
    // What the reader sees is never much longer than the source, so short documents need no rendering.
    if (limit === undefined || document.text.length <= limit) return [];
    const { length } = renderDocument(document.text, { view: 'text' });
    if (length <= limit) return [];
    const start = document.frontMatter?.end ?? 0;
    const firstLine = document.text.slice(start).search(/\r|\n|$/);
    return [
      {
        start,
        end: start + Math.max(firstLine, 1),
        message: `Readers see ${length.toLocaleString('en')} characters, over the limit of ${limit.toLocaleString('en')} for this kind of text. Cut it down, or move detail to a linked summary.`,
      },
    ];
  },
};

export default lengthLimit;
