// Runs test/integration inside a real VS Code: code-server (VS Code's server and web workbench, from npm)
// loads this extension in development mode and runs the suites in its Node extension host; headless
// Chromium opens the workbench. The verdict is the result file the suites write, never the exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startSession } from './vscode-session.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.INCIDENT_COMMS_IT_TIMEOUT ?? 300000);

async function waitForFile(file, deadline, server) {
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // being written
      }
    }
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode} before the tests finished`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no test result after ${TIMEOUT_MS / 1000} s`);
}

const outDir = path.join(root, 'out', 'integration');

/** The extension bundle and the suites, bundled for the extension host. */
async function buildAll() {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  await build({
    entryPoints: [path.join(root, 'test', 'integration', 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
}

async function main() {
  await buildAll();
  const resultFile = path.join(tmpdir(), `incident-comms-result-${process.pid}-${Date.now()}.json`);
  const session = await startSession({
    root,
    workspaceSource: path.join(root, 'test', 'integration', 'workspace'),
    extensionTestsPath: path.join(outDir, 'index.js'),
    env: { INCIDENT_COMMS_TEST_RESULT: resultFile },
    timeoutMs: TIMEOUT_MS,
  });
  let keep = false;
  try {
    const outcome = await waitForFile(resultFile, session.deadline, session.server);
    console.log(`Integration tests in VS Code (code-server) — ${outcome.passes} passed, ${outcome.failures} failed, ${outcome.pending} skipped`);
    for (const failure of outcome.failed) console.log(`  ✖ ${failure.title}\n    ${failure.error.split('\n').slice(0, 6).join('\n    ')}`);
    for (const [name, value] of Object.entries(outcome.measurements ?? {})) console.log(`  measured ${name}: ${value}`);
    console.log(`integration: ${outcome.passes} passed, ${outcome.failures} failed, ${outcome.pending} skipped`);
    if (outcome.failures > 0 || outcome.passes === 0) {
      keep = true;
      process.exitCode = 1;
    }
  } catch (error) {
    keep = true;
    console.error(`Integration run failed: ${error.message}`);
    process.exitCode = 1;
  } finally {
    if (keep) {
      writeFileSync(path.join(session.run, 'server.log'), session.log());
      console.log(`run folder kept: ${session.run}`);
    }
    await session.stop(keep);
    rmSync(resultFile, { force: true });
  }
}

if (process.argv.includes('--build-only')) await buildAll();
else await main();
