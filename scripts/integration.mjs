// Runs test/integration inside a real VS Code: code-server (VS Code's server and web workbench, from npm)
// loads this extension in development mode and runs the suites in its Node extension host; headless
// Chromium opens the workbench. The verdict is the result file the suites write, never the exit code.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureCodeServer } from './setup-code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.INCIDENT_COMMS_IT_TIMEOUT ?? 300000);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('code-server did not answer /healthz in time');
}

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
  const tools = ensureCodeServer();
  await buildAll();

  const run = mkdtempSync(path.join(tmpdir(), 'incident-comms-it-'));
  const workspace = path.join(run, 'workspace');
  cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  const userData = path.join(run, 'data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.enableExperiments': false, 'markdown.validate.enabled': false }),
  );
  for (const folder of ['config', 'share', 'tmp', 'extensions']) mkdirSync(path.join(run, folder), { recursive: true });
  const resultFile = path.join(run, 'result.json');
  const port = await freePort();
  const env = {
    ...process.env,
    PATH: `${path.join(tools.node24, 'bin')}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(run, 'config'),
    XDG_DATA_HOME: path.join(run, 'share'),
    TMPDIR: path.join(run, 'tmp'),
    INCIDENT_COMMS_TEST_RESULT: resultFile,
  };
  const serverLog = path.join(run, 'server.log');
  const server = spawn(
    tools.nodeBin,
    [tools.codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--user-data-dir', userData, '--extensions-dir', path.join(run, 'extensions'), '--vscode-option', 'enable-smoke-test-driver', workspace],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const logLines = [];
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => logLines.push(chunk.toString()));

  let browser;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    const deadline = Date.now() + TIMEOUT_MS;
    await waitForHealth(port, deadline);
    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(path.join(outDir, 'index.js'))]]));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(run, 'config') },
    });
    const page = await browser.newPage();
    const consoleLines = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${payload}`);
    const outcome = await waitForFile(resultFile, deadline, server);
    console.log(`Integration tests in VS Code (code-server) — ${outcome.passes} passed, ${outcome.failures} failed, ${outcome.pending} skipped`);
    for (const failure of outcome.failed) console.log(`  ✖ ${failure.title}\n    ${failure.error.split('\n').slice(0, 6).join('\n    ')}`);
    for (const [name, value] of Object.entries(outcome.measurements ?? {})) console.log(`  measured ${name}: ${value}`);
    if (outcome.failures > 0 || outcome.passes === 0) {
      writeFileSync(serverLog, logLines.join(''));
      console.log(`server log: ${serverLog}`);
      process.exitCode = 1;
    }
  } catch (error) {
    writeFileSync(serverLog, logLines.join(''));
    console.error(`Integration run failed: ${error.message}\nserver log: ${serverLog}`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => {});
    stop();
    if (process.exitCode !== 1 && !process.env.INCIDENT_COMMS_KEEP_RUN) rmSync(run, { recursive: true, force: true });
  }
}

if (process.argv.includes('--build-only')) await buildAll();
else await main();
