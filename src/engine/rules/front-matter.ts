import type { DocumentRule, RawFinding } from '../rule';

/** A template value not filled in yet: reported by unfilled-placeholder, not as a schema error. */
const PLACEHOLDER_VALUE = /^\s*["']?\s*(?:\[[^\]]*\]|\{\{[^}]*\}\})\s*["']?\s*$/;
const MAINTENANCE_STATUSES = new Set(['scheduled', 'in-progress', 'completed']);
const INCIDENT_STATUSES = new Set(['investigating', 'identified', 'monitoring', 'resolved']);

const frontMatter: DocumentRule = {
  id: 'front-matter',
  description: 'Front matter that breaks the schema: bad YAML, unknown values, `resolved` before `started`.',
  defaultSeverity: 'error',
  scope: 'document',
  check(document) {
    const front = document.frontMatter;
    if (!front) return [];
    const findings: RawFinding[] = front.problems.filter((problem) => !PLACEHOLDER_VALUE.test(document.text.slice(problem.start, problem.end))).map((problem) => ({
      start: problem.start,
      end: problem.end,
      message: problem.message.startsWith('Invalid YAML') || problem.message.startsWith('Front matter')
        ? `${problem.message.replace(/([^.])$/, '$1.')} The rest of the document is still checked; the front matter is ignored until it parses.`
        : `Front matter: ${problem.message}`,
    }));
    const data = front.data;
    if (!data || front.problems.length > 0) return findings;
    const started = typeof data.started === 'string' ? Date.parse(data.started) : NaN;
    const resolved = typeof data.resolved === 'string' ? Date.parse(data.resolved) : NaN;
    const at = (key: string) => front.valueRanges.get(key) ?? { start: front.start, end: front.start + 3 };
    if (!Number.isNaN(started) && !Number.isNaN(resolved) && resolved < started) {
      findings.push({ ...at('resolved'), message: 'Front matter: `resolved` is before `started`. Check both times and their UTC offsets.' });
    }
    const status = typeof data.status === 'string' ? data.status : undefined;
    if (status && data.type === 'maintenance' && INCIDENT_STATUSES.has(status)) {
      findings.push({ ...at('status'), severity: 'warning', message: `Front matter: maintenance uses the statuses scheduled, in-progress and completed, not “${status}”.` });
    } else if (status && data.type !== 'maintenance' && data.type !== undefined && MAINTENANCE_STATUSES.has(status)) {
      findings.push({ ...at('status'), severity: 'warning', message: `Front matter: “${status}” is a maintenance status; incidents use investigating, identified, monitoring and resolved.` });
    }
    if (status === 'resolved' && data.resolved === undefined && data.started !== undefined) {
      findings.push({ ...at('status'), severity: 'warning', message: 'Front matter: the status is resolved but there is no `resolved` time. Add it so readers see how long the incident lasted.' });
    }
    if (data.type === 'update' && status === 'resolved') {
      findings.push({ ...at('type'), severity: 'info', message: 'Front matter: an update with status resolved is a resolution notice; set `type: resolution`.' });
    }
    return findings;
  },
};

export default frontMatter;
