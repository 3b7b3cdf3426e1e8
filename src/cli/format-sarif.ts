import { RULES, ruleUrl, type Severity } from '../engine/index';
import type { Log } from 'sarif';
import type { FileReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** SARIF 2.1.0, as GitHub code scanning reads it. */
export function formatSarif(files: readonly FileReport[], version: string): string {
  const index = new Map(RULES.map((rule, position) => [rule.id, position]));
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'incident-comms',
            informationUri: 'https://github.com/incident-comms/incident-comms',
            semanticVersion: version,
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: pascal(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: ruleUrl(rule.id),
              help: { text: `${rule.description} See ${ruleUrl(rule.id)}`, markdown: `${rule.description} [Rule documentation](${ruleUrl(rule.id)})` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ['incident-communication', 'prose'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((file) =>
          file.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: index.get(finding.ruleId) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: Math.max(finding.range.end.column, finding.range.start.line === finding.range.end.line ? finding.range.start.column + 1 : 1),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
