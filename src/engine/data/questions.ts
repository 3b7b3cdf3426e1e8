/** The questions each type of communication must answer (from the post-incident guide and the handbook). */
export interface Question {
  id: string;
  message: string;
  /** A heading that announces the answer. */
  heading?: RegExp;
  /** Prose that gives the answer. */
  content: RegExp;
  /** Front matter that answers it. */
  frontMatter?: (data: Record<string, unknown>) => boolean;
  skipStatuses?: string[];
}

const has = (key: string) => (data: Record<string, unknown>) => data[key] !== undefined && data[key] !== null && data[key] !== '';

const whatHappened: Question = {
  id: 'what-happened',
  message: 'Say what happened: what failed and why, in plain words.',
  heading: /what happened|summary|overview|description|root cause|cause|background|details/i,
  content: /\b(?:caused|because|due to|root cause|triggered|happened|occurred|failed|failure|outage|went wrong|led to|resulted in|attacker|unauthori[sz]ed|breach|leaked|exposed|compromised|vulnerability)\b/i,
};
const whoAffected: Question = {
  id: 'who-affected',
  message: 'Say who was affected: which users, products or regions, and how many.',
  heading: /impact|who was affected|affected|scope/i,
  content: /\b(?:affected|impacted|unable to|could not|couldn't|were not able|failed for)\b|\b(?:all|every|most|many|\d[\d,.]*%?)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:users|customers|accounts|requests|merchants|organi[sz]ations|sites|workspaces|developers|teams|projects)\b/i,
};
const howLong: Question = {
  id: 'how-long',
  message: 'Say how long it lasted: start and end times with a time zone, or the duration.',
  heading: /duration|timeline|how long|time ?line/i,
  content: /\b\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?|seconds?|secs?|days?)\b|\bbetween\b[^.]{0,60}\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|UTC|GMT)?[^.]{0,60}\band\b|\bfrom\b[^.]{0,60}\d{1,2}:\d{2}[^.]{0,60}\b(?:to|until|through)\b|\blasted\b|\buntil\b[^.]{0,40}\d{1,2}:\d{2}/i,
  frontMatter: (data) => has('started')(data) && has('resolved')(data),
};
const prevention: Question = {
  id: 'prevention',
  message: 'Say what you are changing to prevent it happening again, in concrete terms.',
  heading: /prevent|next steps|action items|remediation|follow[- ]up|what we(?:'re| are| will be)? doing|improvements|lessons|going forward|changes/i,
  content: /\b(?:prevent|recurrence|recurring|from happening again|going forward|in the future|(?:we|we've|we have|we are|we're|we will|we'll)\s+(?:also\s+)?(?:added|adding|add|changed|changing|change|introduced|introducing|improved|improving|built|building|implemented|implementing|moved|moving|updated|updating|increased|increasing|removed|removing|created|creating|reviewed|reviewing))\b/i,
};
const dataImpact: Question = {
  id: 'data',
  message: 'Say whether any data was lost or only delayed (for example “No data was lost; events sent during the outage were processed by 15:10 UTC”).',
  heading: /\bdata\b/i,
  content: /\bdata\b[^.]{0,80}\b(?:lost|loss|delayed|intact|safe|corrupt\w*|preserved|at risk|exposed|accessed|recovered|dropped|affected)\b|\b(?:no|any) data\b|\b(?:lost|loss of|delayed|dropped)\s+(?:\w+\s+){0,2}(?:data|events|messages|emails|records|notifications|requests)\b|\b(?:were|was)\s+(?:not\s+)?(?:lost|delayed|dropped|processed|queued|backfilled|replayed|delivered)\b|\bbackfill(?:ed)?\b/i,
};
const saysResolved: Question = {
  id: 'resolved',
  message: 'Say clearly that the incident is resolved.',
  content: /\b(?:resolved|fixed|restored|recovered|back to normal|operating normally|fully operational|back up|working again)\b/i,
};
const confirmsStability: Question = {
  id: 'stability',
  message: 'Confirm that the service has been stable since the fix (for example “Everything has worked normally since 15:10 UTC”).',
  content: /\b(?:stable|stability|stabili[sz]ed|monitor(?:ed|ing)|operating normally|no further|since\b|remain(?:s|ed)?\s+(?:healthy|normal|stable)|(?:working|performing|functioning)\s+(?:normally|as expected)|fully (?:operational|recovered|restored)|healthy)\b/i,
};
const thanksUsers: Question = {
  id: 'thanks',
  message: 'Thank users for their patience.',
  content: /\b(?:thank|thanks|appreciate your (?:patience|understanding)|grateful)\b/i,
};
const nextUpdate: Question = {
  id: 'next-update',
  message: 'Say when the next update will come (for example “Next update by 15:30 UTC”), or set `next_update` in the front matter.',
  heading: /next update/i,
  content: /\bnext update\b|\bupdate\b[^.]{0,30}\b(?:by|in|within|at|before|every)\s+(?:\d|the next|an hour|one hour|half an hour|\w+ minutes)|\b(?:provide|post|share|send|have)\s+(?:an?|another|further|more|additional)\s+(?:update|updates|information)\b|\bfurther updates?\b|\b(?:will|we'll)\s+(?:keep (?:you|this page)|update (?:you|this|again))\b|\bwithin the next \d+/i,
  frontMatter: has('next_update'),
  skipStatuses: ['resolved', 'completed'],
};
const maintenanceWindow: Question = {
  id: 'window',
  message: 'Say when the maintenance starts and ends, with a time zone.',
  heading: /when|window|schedule/i,
  content: /\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:UTC|GMT|[A-Z]{2,4}T)\b|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  frontMatter: has('started'),
};
const maintenanceImpact: Question = {
  id: 'maintenance-impact',
  message: 'Say what users will notice during the maintenance (or that they will notice nothing).',
  heading: /impact|what to expect|expect/i,
  content: /\b(?:expect|unavailable|downtime|read-only|no impact|will not be affected|won't be affected|will not notice|will be able|will not be able|cannot|can't|could not|couldn't|were not able|may see|may notice|interruption|offline|showed|paused|delayed)\b/i,
};
const userAction: Question = {
  id: 'user-action',
  message: 'Tell readers what they should do (rotate keys, reset passwords, check activity), or say that no action is needed.',
  heading: /what (?:you|to do)|action|recommend|next steps/i,
  content: /\b(?:you should|you need to|we recommend|recommend(?:ed)? that|please|action (?:is )?required|no action|(?:rotate|reset|change|revoke|review|update|check|enable|regenerate) (?:your|the|any|all)\b)/i,
};
const dataInvolved: Question = {
  id: 'data-involved',
  message: 'Say what data or accounts were involved, and what was not.',
  heading: /what (?:data|information)|data involved|scope/i,
  content: /\b(?:data|information|credentials|passwords?|tokens?|keys?|accounts?|records)\b/i,
};

export const QUESTIONS_BY_TYPE: Record<string, Question[]> = {
  summary: [whatHappened, whoAffected, howLong, prevention, dataImpact],
  resolution: [saysResolved, confirmsStability, thanksUsers],
  update: [nextUpdate],
  maintenance: [maintenanceWindow, maintenanceImpact],
  security: [whatHappened, dataInvolved, userAction],
  'follow-up': [whatHappened, whoAffected, prevention],
};
