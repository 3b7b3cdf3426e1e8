// The standard runner on machines that can download VS Code: the same suites through @vscode/test-electron.
// (These machines cannot reach the download server; `npm run test:integration` uses code-server instead.)
import { mkdtempSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
spawnSync(process.execPath, [path.join(root, 'scripts', 'integration.mjs'), '--build-only'], { stdio: 'inherit', cwd: root });
const run = mkdtempSync(path.join(tmpdir(), 'incident-comms-electron-'));
const workspace = path.join(run, 'workspace');
cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
const resultFile = path.join(run, 'result.json');
process.env.INCIDENT_COMMS_TEST_RESULT = resultFile;
await runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'out', 'integration', 'index.js'),
  launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
});
const outcome = JSON.parse(readFileSync(resultFile, 'utf8'));
console.log(`${outcome.passes} passed, ${outcome.failures} failed, ${outcome.pending} skipped`);
process.exitCode = outcome.failures > 0 ? 1 : 0;
