import { sourceOf, scan } from '../text-scan';
import type { ChunkRule, RawFinding } from '../rule';
import type { Severity } from '../types';

interface Detector {
  regex: RegExp;
  what: string;
  severity: Severity;
  /** Still flagged in internal documents: secrets never belong in a text. */
  secret?: boolean;
  /** A further test of the matched text. */
  accept?: (text: string) => boolean;
  /** Only in prose: the words also make up URL slugs and package names. */
  proseOnly?: boolean;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Network equipment words in device names (“core-rtr-01”, “FABRIC-MAD2”, “lon-edge-3”). */
const NETWORK_DEVICE = 'rtr|router|switch|firewall|core|edge|agg|spine|leaf|fabric|asr|olt|bng|bras|dcn|pop|tor';
const INFRA = 'db|database|prod|production|stg|staging|dev|web|app|api|worker|workers|redis|pg|postgres|mysql|mongo|kafka|es|elastic|cache|node|host|srv|server|lb|proxy|k8s|ingress|vm|bastion|jump|etcd|zk|rabbit|mq|queue';

// Repetitions are bounded (DNS labels are at most 63 characters): open-ended ones backtracked
// quadratically on text such as “a-a-a-…”.
const DETECTORS: Detector[] = [
  { regex: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: 'a private key', severity: 'error', secret: true },
  { regex: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, what: 'an AWS access key', severity: 'error', secret: true },
  { regex: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/, what: 'a GitHub token', severity: 'error', secret: true },
  { regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/, what: 'a Slack token', severity: 'error', secret: true },
  { regex: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/, what: 'a secret API key', severity: 'error', secret: true },
  { regex: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key', severity: 'error', secret: true },
  { regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, what: 'a token (JWT)', severity: 'error', secret: true },
  { regex: /\b(?:api[_-]?key|secret|token|password|passwd|pwd|access[_-]?key)\s*[:=]\s*["']?[^\s"'`]{8,}/i, what: 'a credential', severity: 'error', secret: true },
  { regex: new RegExp(`(?<![\\w.]|(?:version|release|build|v)\\s?)${OCTET}(?:\\.${OCTET}){3}(?:/\\d{1,2})?(?![\\w.]*\\d)`, 'i'), what: 'an IP address', severity: 'warning' },
  { regex: /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}(?![\w:])/i, what: 'an IP address', severity: 'warning' },
  { regex: /\b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63}){0,8}\.(?:internal|localdomain|corp|lan|intranet|intra|cluster\.local|svc)\b/i, what: 'an internal host name', severity: 'warning' },
  { regex: new RegExp(`\\b(?:ip-\\d{1,3}-\\d{1,3}-\\d{1,3}-\\d{1,3}|(?:[a-z0-9]{1,30}-){1,6}(?:${INFRA})(?:-[a-z0-9]{1,30}){0,6}-\\d{1,4}[a-z]?|(?:${INFRA})(?:-[a-z0-9]{1,30}){1,6}-\\d{1,4}[a-z]?)\\b`), what: 'an internal host name', severity: 'warning' },
  // A device name: hyphenated, all lower or all upper case, with a network-equipment word and ending in a
  // number (“core-rtr-01”, “lon-edge-3”, “FABRIC-MAD2”, also with a domain: “core-rtr-01.ams1”). Not
  // “Core-2”, “Intel-Core-i7”, “Edge-v2” or “24-port-switch”; in prose only, not in URL slugs or code.
  {
    regex: new RegExp(`(?<![\\w.-])(?:[a-z0-9]{1,12}-){0,4}(?:${NETWORK_DEVICE})\\d{0,3}(?:-[a-z0-9]{1,12}){1,4}(?:\\.[a-z0-9-]{1,30}){0,4}(?![\\w-]|\\.\\w)`, 'i'),
    proseOnly: true,
    accept: (name) => {
      const host = name.split('.')[0]!;
      const parts = host.split('-');
      const last = parts[parts.length - 1]!;
      const oneCase = host === host.toLowerCase() || host === host.toUpperCase();
      const numbered = /^\d{1,3}[a-z]?$/i.test(last) || (/[a-z]/i.test(last) && /\d$/.test(last) && !/^v\d+$/i.test(last));
      return oneCase && numbered && (parts.length >= 3 || /[a-z]\d|\d[a-z]/i.test(last));
    },
    what: 'an internal device name',
    severity: 'warning',
  },
  { regex: /\b(?:i|vol|snap|sg|subnet|vpc|ami|eni|igw|nat|rtb|acl|eipalloc|lt)-[0-9a-f]{8,17}\b/, what: 'a cloud resource id', severity: 'warning' },
  { regex: /\barn:aws[\w-]*:[\w-]+:[\w-]*:\d{0,12}:[^\s)\]]+/, what: 'a cloud resource id (ARN)', severity: 'warning' },
  { regex: /\bprojects\/[a-z][a-z0-9-]{4,28}[a-z0-9](?:\/[\w.-]+){1,}/, what: 'a cloud resource id', severity: 'warning' },
  { regex: /\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[\w.()-]+)*/i, what: 'a cloud resource id', severity: 'warning' },
];

const sensitiveDetail: ChunkRule = {
  id: 'sensitive-detail',
  description: 'Details to redact from external text: IP addresses, internal host names, cloud resource ids, tokens and keys.',
  defaultSeverity: 'warning',
  scope: 'chunk',
  check(chunk, context) {
    const internal = context.document.audience === 'internal';
    const prose = sourceOf(chunk, chunk.prose);
    const spans = [...prose, ...sourceOf(chunk, chunk.code), ...sourceOf(chunk, chunk.urls)];
    const findings: RawFinding[] = [];
    // Detectors run most specific first; a later hit inside an earlier one is the same detail.
    const taken = new Set<number>();
    for (const detector of DETECTORS) {
      if (internal && !detector.secret) continue;
      for (const hit of scan(detector.proseOnly ? prose : spans, detector.regex)) {
        if (overlapsTaken(taken, hit.start, hit.end) || (detector.accept && !detector.accept(hit.text))) continue;
        for (let offset = hit.start; offset < hit.end; offset++) taken.add(offset);
        findings.push({
          start: hit.start,
          end: hit.end,
          actual: hit.text,
          severity: detector.severity,
          message: detector.secret
            ? `This looks like ${detector.what}. Remove it and rotate it: anyone who reads this text can use it.`
            : `“${hit.text}” looks like ${detector.what}. Internal infrastructure details help attackers and mean nothing to readers: remove it or describe it in plain words.`,
          suggestions: [{ title: 'Redact it', replacement: '[redacted]' }],
        });
      }
    }
    return findings;
  },
};

function overlapsTaken(taken: Set<number>, start: number, end: number): boolean {
  for (let offset = start; offset < end; offset++) if (taken.has(offset)) return true;
  return false;
}

export default sensitiveDetail;
