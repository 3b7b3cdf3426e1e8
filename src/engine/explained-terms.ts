/**
 * Terms a document explains or names for its readers, so the jargon rule leaves them alone:
 * “A CDN is a network of computers…”, “(what we call nodes)”, “restoring the game (a rollback)”,
 * “etcd, a configuration store,”, “CDN (the servers that deliver our pages)”, and status-page component lists
 * (“This incident affected: Backend (Data pipeline).”), whose names are what readers see on the page.
 */
// Every quantifier is bounded and words cannot overlap their separators, so no input makes these
// expressions backtrack without limit (“a-a-a-…” took minutes with open-ended ones).
const WORD = String.raw`[A-Za-z][\w/]{0,40}(?:-[\w/]{1,40}){0,3}`;
const TERM = String.raw`${WORD}(?:\s${WORD}){0,2}`;
const ANY_WORD = String.raw`[\w-]{1,40}`;
const EXPLANATIONS: RegExp[] = [
  // “Our proxy servers are primarily responsible for…”, “etcd is used to store…”
  new RegExp(String.raw`(?:^|[.!?:]\s+|\b(?:a|an|the|our)\s+)(${TERM})\s+(?:is|are)\s+(?:(?:primarily|mainly|mostly|largely)\s+)?(?:responsible\s+for|used\s+(?:to|for))\b`, 'gim'),
  // “A CDN is a network of…”, “Nodes are the equipment that…”
  new RegExp(String.raw`(?:^|[.!?:]\s+|\b(?:a|an|the)\s+)(${TERM})\s+(?:is|are)\s+(?:a|an|the(?!\s+(?:one|ones|same|first|last|second|only|main|cause|reason|result|part|source|root|problem|issue)\b)|what|how)\s+(?:${ANY_WORD}\s+){0,4}?(?:that|which|who|of|used|where|we|for|to)\b`, 'gim'),
  // “what we call nodes”, “known as a failover”, “called a rollback”
  new RegExp(String.raw`\b(?:what\s+(?:we|is|are)\s+(?:call|called|known\s+as)|known\s+as|referred\s+to\s+as|so-called)\s+(?:an?\s+|the\s+)?["“‘]?(${TERM})`, 'gi'),
  // “restoring the game (a rollback)”: a plain description, then the term in parentheses.
  new RegExp(String.raw`\b\w{1,40}\s+\((?:a|an|the|or|i\.e\.,?|aka)\s+(${TERM})\)`, 'gi'),
  // “CDN (the servers that deliver our pages)”: the term, then words that explain it.
  new RegExp(String.raw`\b(${TERM})\s+\(((?:a|an|the|our|i\.e\.,?)\s+[A-Za-z-]{1,40}(?:\s+[A-Za-z-]{1,40}){1,8})\)`, 'g'),
  // “etcd, a configuration store,” / “failover, which means…”
  new RegExp(String.raw`\b(${TERM}),\s+(?:(?:a|an)\s+(?!few\b|lot\b|number\b|bit\b|little\b|while\b)(?:[A-Za-z-]{1,40}\s+){0,4}[A-Za-z-]{1,40},|(?:which\s+means|meaning|i\.e\.,?)\s+${ANY_WORD})`, 'g'),
];
const COMPONENTS = /^\s*This incident affected:\s*(.+)$/gim;

/** Lower case, without a plural s, so “nodes” explained covers “node”. */
export function normalizeTerm(term: string): string {
  return term.toLowerCase().replace(/\s+/g, ' ').replace(/[’']s$/, '').replace(/(?<=\w{3})s$/, '');
}

/** “BGP (Border Gateway Protocol)” spells the acronym out; that does not explain it to a reader. */
function spellsOut(term: string | undefined, words: string | undefined): boolean {
  if (!term || !words) return false;
  const initials = words.replace(/^(?:a|an|the|our)\s+/i, '').split(/[\s-]+/).filter(Boolean).map((word) => word[0]!.toUpperCase()).join('');
  const acronym = term.split(/\s+/).pop()!.toUpperCase();
  return initials === acronym || initials === acronym.replace(/S$/, '');
}

export function explainedTerms(body: string): string[] {
  const terms = new Set<string>();
  const add = (phrase: string | undefined) => {
    if (!phrase) return;
    // Every trailing run of up to four words may be the term (“the CDN” → “cdn”; “our primary CDN” → “cdn”, “primary cdn”).
    const words = phrase.trim().split(/\s+/).slice(-4);
    for (let i = 0; i < words.length; i++) terms.add(normalizeTerm(words.slice(i).join(' ')));
  };
  for (const pattern of EXPLANATIONS) {
    for (const match of body.matchAll(pattern)) if (!spellsOut(match[1], match[2])) add(match[1]);
  }
  for (const match of body.matchAll(COMPONENTS)) for (const name of match[1]!.split(/[,()]|\band\b/)) add(name.replace(/[.\s]+$/, ''));
  terms.delete('');
  return [...terms].sort();
}
