// Runs test/integration inside a real VS Code: code-server (VS Code's server and web workbench, from npm)
// loads this extension in development mode and runs the suites in its Node extension host; headless
// Chromium opens the workbench. The verdict is the result file the suites write, never the exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Looks inside the preview webview the last suite left open (a document full of hostile Markdown):
 * no script of the document may have run, and no element may carry an event handler or a script URL.
 */
async function inspectHostilePreview(page) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      let report;
      try {
        report = await frame.evaluate(() => {
          const card = document.querySelector('main#content article.ic-card');
          if (!card || !card.textContent.includes('Hostile')) return undefined;
          const elements = [...document.querySelectorAll('*')];
          return {
            pwned: window.__pwned ?? null,
            scripts: document.scripts.length,
            contentScripts: document.querySelectorAll('#content script, #subject script').length,
            handlers: elements.filter((element) => [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on'))).map((element) => element.outerHTML.slice(0, 80)),
            scriptUrls: elements.filter((element) => ['href', 'src', 'action', 'formaction'].some((name) => /^\s*(javascript|vbscript|data):/i.test(element.getAttribute(name) ?? ''))).map((element) => element.outerHTML.slice(0, 80)),
            frames: document.querySelectorAll('iframe, object, embed').length,
            marks: card.querySelectorAll('mark').length,
          };
        });
      } catch {
        continue;
      }
      if (!report) continue;
      const problems = [];
      if (report.pwned !== null) problems.push(`a document script ran (window.__pwned = ${report.pwned})`);
      if (report.contentScripts !== 0) problems.push(`${report.contentScripts} script elements in the rendered content`);
      if (report.handlers.length) problems.push(`event handlers: ${report.handlers.join(' | ')}`);
      if (report.scriptUrls.length) problems.push(`script URLs: ${report.scriptUrls.join(' | ')}`);
      if (report.frames) problems.push(`${report.frames} frames or objects`);
      return problems.length ? { failure: problems.join('; ') } : { summary: `no document script ran; no script element, event handler, script URL or frame in the rendered content (${report.scripts} scripts in the page, all the preview's or VS Code's; ${page.frames().length} frames searched)` };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { failure: 'the hostile preview was not found in any webview frame' };
}

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

/** One VS Code session running one suite; returns mocha's outcome (never throws). */
async function runSuite({ suite, workspace, trusted }) {
  const resultFile = path.join(tmpdir(), `incident-comms-result-${process.pid}-${Date.now()}.json`);
  const probe = mkdtempSync(path.join(tmpdir(), 'incident-comms-probe-'));
  let session;
  let keep = false;
  let webviewVerdict;
  try {
    session = await startSession({
      root,
      workspaceSource: path.join(root, 'test', 'integration', workspace),
      extensionTestsPath: path.join(outDir, 'index.js'),
      env: { INCIDENT_COMMS_TEST_RESULT: resultFile, INCIDENT_COMMS_WEBVIEW_PROBE: probe, INCIDENT_COMMS_SUITE: suite },
      timeoutMs: TIMEOUT_MS,
      trusted,
    });
    // The last main suite opens a hostile preview and asks, through files, what is inside the webview.
    const probing = (async () => {
      while (Date.now() < session.deadline && !existsSync(resultFile)) {
        if (existsSync(path.join(probe, 'ready'))) {
          webviewVerdict = await inspectHostilePreview(session.page);
          writeFileSync(path.join(probe, 'verdict.json'), JSON.stringify(webviewVerdict));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const outcome = await waitForFile(resultFile, session.deadline, session.server);
    await probing;
    console.log(`Integration suite "${suite}" in VS Code (code-server, workspace ${trusted ? 'trusted' : 'untrusted'}) — ${outcome.passes} passed, ${outcome.failures} failed, ${outcome.pending} skipped`);
    for (const failure of outcome.failed) console.log(`  ✖ ${failure.title}\n    ${failure.error.split('\n').slice(0, 6).join('\n    ')}`);
    for (const [name, value] of Object.entries(outcome.measurements ?? {})) console.log(`  measured ${name}: ${value}`);
    if (webviewVerdict) console.log(`  hostile preview: ${webviewVerdict.failure ?? webviewVerdict.summary}`);
    keep = outcome.failures > 0 || outcome.passes === 0;
    return outcome;
  } catch (error) {
    keep = true;
    console.error(`Integration suite "${suite}" did not finish: ${error.message}`);
    return { passes: 0, failures: 1, pending: 0, failed: [{ title: suite, error: error.message }] };
  } finally {
    if (session) {
      if (keep) {
        writeFileSync(path.join(session.run, 'server.log'), session.log());
        console.log(`  run folder kept: ${session.run}`);
      }
      await session.stop(keep);
    }
    rmSync(resultFile, { force: true });
    rmSync(probe, { recursive: true, force: true });
  }
}

async function main() {
  await buildAll();
  const outcomes = [
    await runSuite({ suite: 'main', workspace: 'workspace', trusted: true }),
    await runSuite({ suite: 'untrusted', workspace: 'workspace-untrusted', trusted: false }),
  ];
  const total = (key) => outcomes.reduce((sum, outcome) => sum + outcome[key], 0);
  console.log(`integration: ${total('passes')} passed, ${total('failures')} failed, ${total('pending')} skipped`);
  if (total('failures') > 0 || outcomes.some((outcome) => outcome.passes === 0)) process.exitCode = 1;
}

if (process.argv.includes('--build-only')) await buildAll();
else await main();
