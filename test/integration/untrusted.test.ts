import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, diagnosticsWhere, open, ruleIds } from './helpers';

/** Runs in a separate session whose workspace is not trusted. */
export default function register(): void {
  describe('untrusted workspace', () => {
    it('checks with the default rules, ignoring the workspace configuration, and says so', async () => {
      assert.equal(vscode.workspace.isTrusted, false);
      const api = await activate();
      const editor = await open('incidents', 'update.md');
      const diagnostics = await diagnosticsWhere(editor.document.uri, (list) => ruleIds(list).includes('non-apology'), 'non-apology, which the untrusted configuration turns off');
      assert.deepEqual(ruleIds(diagnostics), ['non-apology']);
      assert.match(String(api.statusBar.item.tooltip), /Untrusted workspace: \.incident-comms\.yaml is not read; default rules apply\./);
    });
  });
}
