import { lint } from '../src/engine/index';
import { loadCorpus, occurrences } from './corpus';
const NOT = new Set(['readability', 'missing-section', 'front-matter', 'length-limit']);
const show = process.argv[2];
const counts = new Map<string, number[]>();
for (const d of loadCorpus().filter((x) => x.split === 'tune' && !x.name.startsWith('h-'))) {
  const spans = (labels: { text: string }[]) => labels.flatMap((l) => occurrences(d.text, l.text));
  const flag = spans(d.flag), ok = spans(d.ok);
  for (const f of lint(d.text).findings) {
    if (NOT.has(f.ruleId)) continue;
    const s = f.range.start.offset, e = f.range.end.offset;
    const hit = (sp: [number, number][]) => sp.some(([a, b]) => s < b && e > a);
    const c = counts.get(f.ruleId) ?? [0, 0, 0]; counts.set(f.ruleId, c);
    const k = hit(flag) ? 0 : hit(ok) ? 1 : 2; c[k]!++;
    if (k === 2 && f.ruleId === show) console.log(JSON.stringify(d.text.slice(Math.max(0, s - 50), e + 40).replace(/\s+/g, ' ')), '|', d.text.slice(s, e), '|', d.name.slice(0, 30));
  }
}
for (const [r, c] of [...counts].sort()) console.log(r.padEnd(22), 'labelled', c[0], 'ok', c[1], 'unlabelled', c[2]);
