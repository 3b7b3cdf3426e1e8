import assert from 'node:assert/strict';
import { existsSync, readFileSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { HOSTILE } from '../unit/hostile-inputs';
import { activate } from './helpers';

/** A document whose scripts, if any ran, would set window.__pwned inside the preview. */
export const PWN_MARKERS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '[x](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1" id="pwn-link">x</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<details open ontoggle="window.__pwned=1"><summary>x</summary></details>',
];

/** Tells the harness the preview is up, then waits for what it saw inside the webview. */
function askHarness(directory: string): Promise<{ failure?: string; summary?: string }> {
  const verdictFile = path.join(directory, 'verdict.json');
  return new Promise((resolve, reject) => {
    const watcher = watch(directory, () => {
      if (existsSync(verdictFile)) finish();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error('the harness did not inspect the webview'));
    }, 60000);
    function finish() {
      try {
        const verdict = JSON.parse(readFileSync(verdictFile, 'utf8'));
        clearTimeout(timer);
        watcher.close();
        resolve(verdict);
      } catch {
        // still being written: the next change event retries
      }
    }
    writeFileSync(path.join(directory, 'ready'), '1');
    if (existsSync(verdictFile)) finish();
  });
}

export default function register(): void {
  describe('hostile document in the real preview', () => {
    it('renders the hostile corpus inert: the harness looks inside the webview and finds that nothing ran', async function () {
      const probe = process.env.INCIDENT_COMMS_WEBVIEW_PROBE;
      if (!probe) return this.skip();
      const api = (await activate()) as unknown as { preview: { onDidRender: vscode.Event<{ uri: vscode.Uri }> } };
      const text = ['---', 'title: Hostile', 'status: investigating', '---', ...PWN_MARKERS, ...HOSTILE.filter((input) => !input.startsWith('---'))].join('\n\n');
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(document);
      const rendered = new Promise<void>((resolve) => {
        const subscription = api.preview.onDidRender((event) => {
          if (event.uri.toString() === document.uri.toString()) {
            subscription.dispose();
            resolve();
          }
        });
      });
      await vscode.commands.executeCommand('incidentComms.openPreview');
      await rendered;
      const verdict = await askHarness(probe);
      assert.equal(verdict.failure, undefined, verdict.failure);
    });
  });
}
