// Screenshots for the README, taken from a real VS Code (the code-server route) with the extension loaded.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { startSession } from './vscode-session.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'images');
mkdirSync(out, { recursive: true });
spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });

const session = await startSession({
  root,
  workspaceSource: path.join(root, 'examples'),
  viewport: { width: 1400, height: 860 },
  settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 14, 'window.commandCenter': false, 'workbench.layoutControl.enabled': false },
});
const { page } = session;
try {
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
  await page.waitForTimeout(4000);
  await page.keyboard.press('Control+P');
  await page.keyboard.type('update-tracking-pages-investigating.md');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.squiggly-warning', { timeout: 60000 });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(2500);
  await page.screenshot({ path: path.join(out, 'editor-and-problems.png') });

  await page.click('.view-lines');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  await page.keyboard.type('degraded performance');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { timeout: 20000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, 'quick-fixes.png') });
  await page.keyboard.press('Escape');

  // The preview, each view.
  await page.keyboard.press('Control+P');
  await page.keyboard.type('resolution-label-printing.md');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  await page.keyboard.press('F1');
  await page.keyboard.type('Incident Comms: Open Preview to the Side');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await webview.locator('article.ic-card').waitFor({ timeout: 30000 });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'preview-status-page.png') });
  for (const view of ['email', 'text']) {
    await webview.locator(`button[data-view="${view}"]`).click();
    await webview.locator(`main.ic-view-${view}`).waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, `preview-${view}.png`) });
  }
  console.log(`screenshots in ${out}`);
} finally {
  await session.stop();
}
