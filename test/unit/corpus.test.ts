import assert from 'node:assert/strict';
import { lint, RULES } from '../../src/engine/index';
import { loadCorpus, occurrences } from '../../scripts/corpus';

const corpus = loadCorpus();
const ruleIds = new Set(RULES.map((rule) => rule.id));

describe('real-incident corpus', () => {
  it('holds at least 30 published texts with their sources, and a holdout split', () => {
    assert.ok(corpus.length >= 30, `${corpus.length} documents`);
    for (const document of corpus) assert.match(document.text, /^---\n[^]*?^source: https?:\/\/\S+/m, document.name);
    assert.ok(corpus.filter((document) => document.split === 'holdout').length >= 10);
  });

  it('has labels that occur in their documents and name real rules', () => {
    for (const document of corpus) {
      for (const label of [...document.flag, ...document.ok]) {
        assert.ok(occurrences(document.text, label.text).length > 0, `${document.name}: ${label.text}`);
      }
      for (const label of document.flag) assert.ok(ruleIds.has(label.rule ?? ''), `${document.name}: ${label.rule}`);
    }
  });

  // A guard against regressions on the split the rules were tuned on; `npm run eval` reports both splits.
  it('keeps recall ≥ 0.85 and false flags ≤ 5% on the tune split', () => {
    let labels = 0;
    let caught = 0;
    let spans = 0;
    let flagged = 0;
    const counted = (ruleId: string) => !['readability', 'missing-section', 'front-matter', 'length-limit'].includes(ruleId);
    for (const document of corpus.filter((candidate) => candidate.split === 'tune')) {
      const findings = lint(document.text).findings;
      const hit = (rule: string | undefined, [start, end]: [number, number]) =>
        findings.some((finding) => (rule ? finding.ruleId === rule : counted(finding.ruleId)) && finding.range.start.offset < end && finding.range.end.offset > start);
      for (const label of document.flag) for (const span of occurrences(document.text, label.text)) {
        labels++;
        if (hit(label.rule, span)) caught++;
      }
      for (const label of document.ok) for (const span of occurrences(document.text, label.text)) {
        spans++;
        if (hit(undefined, span)) flagged++;
      }
    }
    assert.ok(caught / labels >= 0.85, `recall ${caught}/${labels}`);
    assert.ok(flagged / spans <= 0.05, `false flags ${flagged}/${spans}`);
  });
});
