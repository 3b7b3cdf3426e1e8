import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, diagnosticsWhere, ours, ruleIds, workspaceUri } from './helpers';

export default function register(): void {
  describe('commands', () => {
    before(async () => {
      await activate();
    });

    it('Insert Template inserts the snippet at the cursor', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('incidentComms.insertTemplate', 'Resolution notice');
      const text = editor.document.getText();
      assert.match(text, /^---\nid: "\[Insert incident ID\]"\n/);
      assert.match(text, /type: resolution\nstatus: resolved\n/);
      assert.match(text, /\*\*Resolved\*\* — This incident is resolved\./);
      const diagnostics = await diagnosticsWhere(document.uri, (list) => list.length > 0, 'placeholders flagged');
      assert.deepEqual([...new Set(ruleIds(diagnostics))], ['unfilled-placeholder']);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('New Incident Communication opens a new file with front matter filled in UTC', async () => {
      const before = Date.now();
      await vscode.commands.executeCommand('incidentComms.newCommunication', 'Update · Investigating');
      const editor = vscode.window.activeTextEditor!;
      const text = editor.document.getText();
      assert.equal(editor.document.languageId, 'markdown');
      assert.equal(editor.document.isUntitled, true);
      const id = /^id: (INC-\d{8}-\d{4})$/m.exec(text);
      assert.ok(id, text.slice(0, 200));
      const started = /^started: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/m.exec(text);
      assert.ok(started, 'started in UTC');
      assert.ok(Math.abs(Date.parse(started![1]!) - before) < 120000);
      assert.match(text, /^type: update\nstatus: investigating$/m);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('Check All Incident Files fills the Problems panel for files not open', async () => {
      const stale = workspaceUri('status', 'stale.md');
      assert.deepEqual(ours(stale), []);
      await vscode.commands.executeCommand('incidentComms.checkWorkspace');
      const diagnostics = await diagnosticsWhere(stale, (list) => list.length === 2, 'status/stale.md checked');
      assert.deepEqual(ruleIds(diagnostics).sort(), ['jargon', 'plain-words']);
      assert.deepEqual(ours(workspaceUri('README.md')).length, 4, 'README keeps only what the explicit check gave it');
    });
  });
}
