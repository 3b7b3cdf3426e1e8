import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const OWN = 'Own the impact as the company (“we”) and describe what failed in the system, not who to blame.';

/** The cause is assigned within a few words (“due to an issue with our provider”), not somewhere earlier in the sentence. */
const CAUSE = String.raw`due to|caused by|because of|result of|triggered by|originated (?:at|with|from)|stemm(?:ed|ing) from|attributed to|(?:root\s+)?cause (?:of (?:the|this) (?:issue|problem|outage|incident|disruption) )?(?:is|was)(?: identified as)?`;
const CAUSE_CLOSE_BY = new RegExp(String.raw`\b(?:${CAUSE}|fault of|blame[sd]?|on the part of)(?:\s+(?!between\b|among\b)[\w'’-]+){0,6}\s*$`, 'i');
/** The cause is assigned right before (“caused by an issue with…”). */
const CAUSE_RIGHT_BEFORE = new RegExp(String.raw`\b(?:${CAUSE})\s*$`, 'i');

/** Unless the phrase is the subject that caused the impact (“… caused the devices to go offline”). */
const CAUSED_NOTHING = /^(?!\s+(?:has\s+|have\s+)?(?:caused|causes|led|leads|resulted|results|triggered|triggers|took|brought|prevented|prevents|affected|affects|impacted|impacts|meant|means)\b)/i;

/** Infrastructure and payment companies whose outages other companies' incident texts name as the cause. */
const VENDORS = 'aws|amazon|gcp|azure|microsoft|cloudflare|akamai|fastly|crowdstrike|openreach|mastercard|visa|bt';

/** “our payment provider integration code”: the provider names whose code it is, not who failed. */
const PROVIDER_AS_MODIFIER = ['integration', 'integrations', 'selection', 'logic', 'code', 'settings', 'configuration', 'api', 'sdk', 'account', 'portal', 'dashboard', 'client', 'library'];

/** Another company's trouble as the predicate of its sentence (“An upstream provider we use … is having a service degradation”). */
const PROVIDER_HAS_TROUBLE = /^(?![^.]{0,60}?\b(?:is|are|was|were)\s+(?:having|experiencing|suffering)\s+(?:a|an|some|problems|issues|difficulties|trouble|technical|an?\s+outage|service|intermittent|degraded|major|widespread)\b|[^.]{0,60}?\b(?:has|have|had)\s+(?:had|experienced|suffered)\s+(?:a|an)\b)/i;
/** Companies that run data centres for others; a city before “data centre” is usually the company's own. */
const DATA_CENTRE_OPERATORS = 'rackspace|equinix|telehouse|interxion|coresite|cyrusone|ovh|hetzner|softlayer|linode|digitalocean';
const PROVIDER_NOUNS = 'provider|providers|vendor|vendors|supplier|suppliers|carrier|carriers|processor|processors';

const entries: PhraseEntry[] = [
  // “one of our third-party payment processors”: the reader's trouble handed to someone unnamed.
  { phrase: 'one of our (third-party|third party|external|upstream)? *? *? providers|vendors|suppliers|processors|carriers', notPrecededBy: ['to', 'via', 'onto', 'through', 'with'], message: `“{phrase}” points at a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  { phrase: `(our|an|the|a) upstream|third-party|external|hosting|cloud|network|payment|telecom|email|dns ${PROVIDER_NOUNS}`, unlessRestMatches: PROVIDER_HAS_TROUBLE, message: `“{phrase}” points at a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  { phrase: '(third-party|third party) devices|software|systems|services|service|apps|applications|code|libraries|library|components|equipment|hardware|network|networks|integration|integrations', onlyIfBeforeMatches: CAUSE_CLOSE_BY, message: `“{phrase}” puts the cause on someone else. Own the impact and say what you are changing.` },
  { phrase: 'human|manual interaction', onlyIfBeforeMatches: /\b(?:by|due to|caused by|because of|result of)\s+(?:a\s+|an\s+|the\s+)?(?:specific\s+|single\s+)?$/i, message: `“{phrase}” puts the blame on a person. ${OWN}` },
  { phrase: 'human|operator|engineer|engineering|employee|staff|user|manual error|mistake|mistakes', unlessRestMatches: /^\s+(?:on|was)\s+(?:my|our)\b/i, message: `“{phrase}” puts the blame on a person. ${OWN}`, notFollowedBy: ['message', 'messages', 'rate', 'rates', 'page', 'pages', 'code', 'codes', 'count', 'counts'] },
  { phrase: ['our|a|the vendor|provider|supplier|partner is|was to|at blame|fault', 'our|a|the vendor|provider|supplier|partner failed us'], message: `“{phrase}” shifts the blame to a vendor. Own the impact and say what you are changing.` },
  { phrase: 'merged|deployed|pushed|introduced|ran|run|executed|made|caused|triggered|applied by a|an|one|our? *? engineer|engineers|employee|developer|operator|administrator|teammate|contractor', message: `“{phrase}” singles out a person. ${OWN}` },
  { phrase: ['an|one|a|the engineer|employee|developer|operator|technician|contractor|administrator|admin accidentally|mistakenly|inadvertently|incorrectly|carelessly|wrongly|forgot|neglected', 'junior|new|inexperienced engineer|employee|developer|operator|staff'], message: `“{phrase}” singles out a person. ${OWN}` },
  {
    phrase: ['third-party|external|upstream|cloud|hosting|network|dns|cdn|infrastructure|telecom|payment? vendor|vendors|provider|providers|supplier|suppliers|partner|partners|processor|processors|isp', 'third party *? *? vendor|vendors|provider|providers|supplier|suppliers|partner|partners|processor|processors', 'third-party * payment? vendor|vendors|provider|providers|supplier|suppliers|partner|partners|processor|processors', 'our|a|an|the vendor|vendors|provider|providers|supplier|suppliers|partner|partners|isp', 'vendor\'s|provider\'s|supplier\'s|partner\'s'],
    onlyIfBeforeMatches: CAUSE_CLOSE_BY,
    message: `“{phrase}” shifts the blame to a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  { phrase: 'third-party|hosting|cloud|upstream|network|dns|cdn|infrastructure|telecom provider|vendor|supplier|partner issue|issues|problem|problems|outage|outages|failure|failures|error|errors|incident', onlyIfBeforeMatches: CAUSE_CLOSE_BY, message: `“{phrase}” puts the cause on a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  // … or as the subject that caused it (“A hosting provider issue caused …”).
  { phrase: 'third-party|hosting|cloud|upstream|network|dns|cdn|infrastructure|telecom provider|vendor|supplier|partner issue|issues|problem|problems|outage|outages|failure|failures|error|errors|incident', unlessRestMatches: CAUSED_NOTHING, message: `“{phrase}” puts the cause on a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  {
    phrase: 'an|a issue|problem|outage|failure|fault|incident with|at|in|on our|the|a|an primary|secondary|third-party|external|upstream|main? provider|vendor|supplier|partner|cdn|isp|carrier',
    onlyIfBeforeMatches: CAUSE_RIGHT_BEFORE,
    message: `“{phrase}” shifts the blame to a vendor. Own the impact and say what you are changing.` },
  // The words “provider”, “vendor”, “supplier” already point away from the company.
  {
    notFollowedBy: PROVIDER_AS_MODIFIER, unlessBeforeMatches: /\bnot\s+(?:an?\s+)?$/i,
    phrase: 'issue|issues|problem|problems|outage|outages|failure|failures|fault|incident|disruption|attack|leak|fire with|at|in|on|of|affecting|impacting (one of)? our|a|an|the *? *? *? provider|providers|vendor|vendors|supplier|suppliers|carrier|carriers|processor|processors|isp|provider\'s|vendor\'s|supplier\'s|carrier\'s',
    message: `“{phrase}” points at a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  { phrase: 'provider|providers|vendor|vendors|supplier|suppliers|carrier|carriers|processor|processors|isp @? experienced|experiencing|suffered|suffering|encountered|encountering', message: `“{phrase}” points at a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  { phrase: ['experienced|suffered|caused by our|the|a|an *? *? provider|providers|vendor|vendors|supplier|suppliers|csp|carrier', `(a|an|the)? global|widespread|major|regional|recent? ${VENDORS} service|cloud|network? outage|outages|disruption|incident|failure`, `${VENDORS} experienced|suffered a|an *? issue|outage|problem|failure`, `fault|issue|problem|outage with|at ${VENDORS}`, VENDORS.split('|').flatMap((vendor) => [`${vendor}-caused`, `${vendor}-related`]).join('|')], message: `“{phrase}” points at a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  { phrase: ['issue|issues|problem|problems|outage|fault with|at our host|webhost', `change|changes|issue|issues|outage|fault on|at|in|with the? ${VENDORS} network|networks`], notFollowedBy: ['server', 'servers', 'machine', 'machines', 'configuration', 'firewall', 'name', 'names', 'file', 'files', 'system', 'os'], unlessBeforeMatches: /\b(?:we|our\s+(?:engineers|team|staff))\b[^.]{0,40}$/i, message: `“{phrase}” points at a vendor. Readers chose you, not your vendor: own the impact and say what you are changing.` },
  // A vendor-named cause: “due to a Cloudflare outage”, “caused by the AWS incident”.
  { phrase: '(due to|caused by|because of|result of|triggered by) a|an|the? aws|gcp|azure|bt|ibm outage|outages|issue|issues|incident|failure|failures|problem|problems|disruption', message: `“{phrase}” puts the cause on another company. Own the impact and say what you are changing.` },
  { phrase: 'one of our engineers|employees|developers|staff|technicians|administrators|contractors made|ran|deployed|pushed|executed|applied|introduced|changed|deleted|removed|misconfigured|decided|forgot|accidentally|mistakenly', message: `“{phrase}” singles out a person. ${OWN}` },
  { phrase: `power|electrical|cooling? issue|issues|outage|outages|failure|failures|problem|problems|fault|fire|leak at|in the|an|a ${DATA_CENTRE_OPERATORS} (data center|data centre|datacenter|datacentre|facility|facilities)`, onlyIfBeforeMatches: CAUSE_CLOSE_BY, message: `“{phrase}” puts the cause on another company. Own the impact and say what you are changing.` },
  { phrase: ['not a|an? error|issue|problem|fault with|on|in our systems|side|end|platform|network', 'the|our qa|engineering|development|dev|ops|support|testing team didn\'t|did|failed|forgot not? test|to|check|catch|review'], message: `“{phrase}” deflects responsibility or singles out a team. ${OWN}` },
  { phrase: ['not our fault', 'outside|beyond of? our control', 'no fault of our own', 'through no fault of ours'], message: `“{phrase}” deflects responsibility. ${OWN}` },
];

export default phraseRule(
  { id: 'blame-language', description: 'Blaming people (“human error”) or vendors instead of owning the impact.', defaultSeverity: 'warning' },
  entries,
);
