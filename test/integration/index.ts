// Runs inside the VS Code extension host (code-server here, @vscode/test-electron elsewhere):
// mocha over the suites, with the outcome written to the file the harness named.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import registerSuites from './suites';
import registerUntrusted from './untrusted.test';

export interface Outcome {
  passes: number;
  failures: number;
  pending: number;
  failed: Array<{ title: string; error: string }>;
  measurements: Record<string, number>;
}

export const measurements: Record<string, number> = {};

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  if (process.env.INCIDENT_COMMS_SUITE === 'untrusted') registerUntrusted();
  else registerSuites();
  const outcome: Outcome = { passes: 0, failures: 0, pending: 0, failed: [], measurements };
  const resultFile = process.env.INCIDENT_COMMS_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      outcome.failures = failures;
      if (resultFile) writeFileSync(resultFile, JSON.stringify(outcome, null, 2));
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
    runner.on('pass', () => outcome.passes++);
    runner.on('pending', () => outcome.pending++);
    runner.on('fail', (test, error: Error) => outcome.failed.push({ title: test.fullTitle(), error: error.stack ?? error.message }));
  });
}
