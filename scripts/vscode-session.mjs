// A real VS Code for this machine: code-server (from npm, on Node 24) on loopback, opened in headless
// Debian Chromium through playwright-core, with this extension loaded in development mode.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from './setup-code-server.mjs';

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
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('code-server did not answer /healthz in time');
}

/**
 * Starts code-server on a copy of `workspaceSource`, then opens the workbench with the given
 * development options (extensionDevelopmentPath, and extensionTestsPath for test runs).
 */
export async function startSession({ root, workspaceSource, extensionTestsPath, env: extraEnv = {}, settings = {}, timeoutMs = 300000, viewport, trusted = true }) {
  const tools = ensureCodeServer();
  const run = mkdtempSync(path.join(tmpdir(), 'incident-comms-vscode-'));
  const workspace = path.join(run, 'workspace');
  cpSync(workspaceSource, workspace, { recursive: true });
  const userData = path.join(run, 'data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.enableExperiments': false, 'markdown.validate.enabled': false, 'chat.disableAIFeatures': true, ...settings }),
  );
  for (const folder of ['config', 'share', 'tmp', 'extensions']) mkdirSync(path.join(run, folder), { recursive: true });
  const port = await freePort();
  const env = {
    ...process.env,
    ...extraEnv,
    PATH: `${path.join(tools.node24, 'bin')}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(run, 'config'),
    XDG_DATA_HOME: path.join(run, 'share'),
    TMPDIR: path.join(run, 'tmp'),
  };
  const server = spawn(
    tools.nodeBin,
    [tools.codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', ...(trusted ? ['--disable-workspace-trust'] : []),
      '--user-data-dir', userData, '--extensions-dir', path.join(run, 'extensions'), '--vscode-option', 'enable-smoke-test-driver', workspace],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const logLines = [];
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => logLines.push(chunk.toString()));
  let browser;
  const stop = async (keep) => {
    await browser?.close().catch(() => {});
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (!keep) rmSync(run, { recursive: true, force: true });
  };
  process.once('exit', () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  const deadline = Date.now() + timeoutMs;
  try {
    await waitForHealth(port, deadline);
    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const options = [['extensionDevelopmentPath', remote(root)]];
    if (extensionTestsPath) options.push(['extensionTestsPath', remote(extensionTestsPath)]);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(run, 'config') },
    });
    const browserContext = await browser.newContext(viewport ? { viewport } : {});
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
    const page = await browserContext.newPage();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(options))}`);
    return { page, server, run, workspace, deadline, stop, log: () => logLines.join('') };
  } catch (error) {
    writeFileSync(path.join(run, 'server.log'), logLines.join(''));
    await stop(true);
    throw new Error(`${error.message} (server log: ${path.join(run, 'server.log')})`);
  }
}
