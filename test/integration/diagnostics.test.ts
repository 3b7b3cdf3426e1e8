import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, diagnosticsWhere, open, ours, ruleIds, workspaceUri } from './helpers';

export default function register(): void {
  describe('diagnostics', () => {
    before(async () => {
      await activate();
    });

    it('reports findings with exact ranges, codes, severities and source', async () => {
      const readme = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
      const editor = await open('incidents', 'api-update.md');
      const diagnostics = await diagnosticsWhere(editor.document.uri, (list) => list.length === 5, 'five findings in api-update.md');
      const seen = diagnostics
        .map((diagnostic) => [String((diagnostic.code as { value: string }).value), diagnostic.severity, diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character])
        .sort((a, b) => (a[2] as number) - (b[2] as number) || (a[3] as number) - (b[3] as number));
      assert.deepEqual(seen, [
        ['minimizing-language', vscode.DiagnosticSeverity.Warning, 5, 0, 5, 17],
        ['status-speak', vscode.DiagnosticSeverity.Warning, 5, 28, 5, 48],
        ['time-zone', vscode.DiagnosticSeverity.Warning, 5, 52, 5, 57],
        ['plain-words', vscode.DiagnosticSeverity.Information, 7, 8, 7, 15],
        ['non-apology', vscode.DiagnosticSeverity.Warning, 9, 0, 9, 34],
      ]);
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.source, 'Incident Comms');
        const code = diagnostic.code as { value: string; target: vscode.Uri };
        assert.match(code.target.path, new RegExp(`/docs/rules/${code.value}\\.md$`));
      }
      // README.md was opened first and is not an incident document: never checked.
      assert.deepEqual(ours(readme.uri), []);
    });

    it('checks loose files whose front matter has incident keys', async () => {
      const editor = await open('docs', 'loose.md');
      const diagnostics = await diagnosticsWhere(editor.document.uri, (list) => list.length === 3, 'three findings in docs/loose.md');
      assert.deepEqual(ruleIds(diagnostics).sort(), ['jargon', 'jargon', 'time-zone']);
    });

    it('checks any Markdown on request with "Check This Document"', async () => {
      const editor = await open('README.md');
      assert.deepEqual(ours(editor.document.uri), []);
      await vscode.commands.executeCommand('incidentComms.checkDocument');
      const diagnostics = await diagnosticsWhere(editor.document.uri, (list) => list.length === 4, 'README checked on request');
      assert.ok(ruleIds(diagnostics).includes('non-apology'));
    });

    it('updates as you type and clears when the document closes', async () => {
      const editor = await open('incidents', 'api-update.md');
      await diagnosticsWhere(editor.document.uri, (list) => list.length === 5, 'initial findings');
      await editor.edit((builder) => builder.insert(new vscode.Position(7, 0), 'Rest assured. '));
      const after = await diagnosticsWhere(editor.document.uri, (list) => ruleIds(list).includes('absolute-guarantee'), 'absolute-guarantee after typing');
      assert.equal(after.find((diagnostic) => String((diagnostic.code as { value: string }).value) === 'absolute-guarantee')!.range.start.line, 7);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await diagnosticsWhere(editor.document.uri, (list) => list.length === 5, 'findings after revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await diagnosticsWhere(editor.document.uri, (list) => list.length === 0, 'cleared after closing');
    });

    it('maps severities through incidentComms.severity, and off hides a rule', async () => {
      const settings = vscode.workspace.getConfiguration('incidentComms');
      await settings.update('severity', { 'plain-words': 'error', 'time-zone': 'off' }, vscode.ConfigurationTarget.Workspace);
      try {
        const editor = await open('incidents', 'api-update.md');
        const diagnostics = await diagnosticsWhere(editor.document.uri, (list) => list.length === 4, 'four findings with time-zone off');
        const plain = diagnostics.find((diagnostic) => String((diagnostic.code as { value: string }).value) === 'plain-words')!;
        assert.equal(plain.severity, vscode.DiagnosticSeverity.Error);
        assert.ok(!ruleIds(diagnostics).includes('time-zone'));
      } finally {
        await settings.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it('does not check documents over incidentComms.maxDocumentSize, and says so in the status bar', async () => {
      const api = await activate();
      const settings = vscode.workspace.getConfiguration('incidentComms');
      await settings.update('maxDocumentSize', 1000, vscode.ConfigurationTarget.Workspace);
      try {
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `---\ntype: update\n---\n${'We apologize for any inconvenience. '.repeat(40)}` });
        await vscode.window.showTextDocument(document);
        await waitFor(() => api.statusBar.item.text === '$(warning) Too large to check', () => `status bar text: ${api.statusBar.item.text}`);
        assert.match(String(api.statusBar.item.tooltip), /1,461 characters, over incidentComms\.maxDocumentSize/);
        assert.deepEqual(ours(document.uri), []);
        await settings.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Workspace);
        await diagnosticsWhere(document.uri, (list) => ruleIds(list).filter((id) => id === 'non-apology').length === 40, 'checked once the limit is raised');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        await settings.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it('shows the findings count and readability grade in the status bar', async () => {
      const api = await activate();
      const editor = await open('incidents', 'api-update.md');
      await diagnosticsWhere(editor.document.uri, (list) => list.length === 5, 'findings');
      await waitFor(() => /^\$\(megaphone\) 5 findings · grade \d+\.\d$/.test(api.statusBar.item.text), () => `status bar text: ${api.statusBar.item.text}`);
      assert.equal(api.statusBar.item.command, 'workbench.actions.view.problems');
    });
  });
}

export async function waitFor(condition: () => boolean, describe: () => string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${describe()}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
