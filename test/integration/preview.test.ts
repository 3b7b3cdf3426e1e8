import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, open, workspaceUri } from './helpers';

interface Rendered {
  view: string;
  output: string;
  title: string;
}

interface PreviewApi {
  onDidRender: vscode.Event<{ uri: vscode.Uri; rendered: Rendered }>;
  lastRendered(uri: vscode.Uri): Rendered | undefined;
}

function nextRender(preview: PreviewApi, uri: vscode.Uri, accept: (rendered: Rendered) => boolean, what: string): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const last = preview.lastRendered(uri);
    if (last && accept(last)) return resolve(last);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for the preview: ${what}`));
    }, 20000);
    const subscription = preview.onDidRender((event) => {
      if (event.uri.toString() === uri.toString() && accept(event.rendered)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(event.rendered);
      }
    });
  });
}

export default function register(): void {
  describe('preview', () => {
    let preview: PreviewApi;
    let editor: vscode.TextEditor;
    before(async () => {
      preview = ((await activate()) as unknown as { preview: PreviewApi }).preview;
      editor = await open('incidents', 'api-update.md');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('opens beside the editor with the status page view', async () => {
      await vscode.commands.executeCommand('incidentComms.openPreview');
      const rendered = await nextRender(preview, editor.document.uri, (candidate) => candidate.view === 'status-page', 'first render');
      assert.match(rendered.output, /^<article class="ic-card">/);
      const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => ({ group: group.viewColumn, tab })));
      const web = tabs.find(({ tab }) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('incidentComms.preview'));
      assert.ok(web, 'a preview tab');
      const source = tabs.find(({ tab }) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === editor.document.uri.toString());
      assert.notEqual(web!.group, source!.group, 'beside the editor');
    });

    it('updates after an edit and marks flagged phrases', async () => {
      await editor.edit((builder) => builder.insert(new vscode.Position(11, 0), '\nLabel printing works again for every customer.\n'));
      const rendered = await nextRender(preview, editor.document.uri, (candidate) => candidate.output.includes('Label printing works again for every customer.') && candidate.output.includes('<mark'), 'edited text with findings marked');
      assert.match(rendered.output, /<mark class="ic-flag" title="[^"]+">A small number of<\/mark>/);
    });

    it('switches between the status page, email and plain-text views', async () => {
      await vscode.commands.executeCommand('incidentComms.previewView', editor.document.uri, 'email');
      const email = await nextRender(preview, editor.document.uri, (candidate) => candidate.view === 'email', 'email view');
      assert.match(email.output, /^<div style="font-family:/);
      await vscode.commands.executeCommand('incidentComms.previewView', editor.document.uri, 'text');
      const text = await nextRender(preview, editor.document.uri, (candidate) => candidate.view === 'text', 'text view');
      assert.ok(!text.output.includes('<'));
    });

    it('copies the email HTML and the plain text to the clipboard', async () => {
      await vscode.commands.executeCommand('incidentComms.copyText', editor.document.uri);
      const text = await vscode.env.clipboard.readText();
      assert.ok(text.startsWith('Incident update\n\nA small number of users saw elevated error rates at 14:32.'), text.slice(0, 80));
      await vscode.commands.executeCommand('incidentComms.copyHtml', editor.document.uri);
      const html = await vscode.env.clipboard.readText();
      assert.match(html, /^<div style="font-family:[^"]+"><p style="margin:0 0 12px">A small number of users/);
    });

    it('exports a standalone HTML page', async () => {
      const target = workspaceUri('export.html');
      await vscode.commands.executeCommand('incidentComms.exportHtml', editor.document.uri, target);
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<main class="ic-surface"><article class="ic-card">/);
      assert.match(html, /Content-Security-Policy/);
      await vscode.workspace.fs.delete(target);
    });
  });
}
