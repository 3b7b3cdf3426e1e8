import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateDocument } from '../../scripts/generate';
import { activate, diagnosticsWhere, ours } from './helpers';
import { measurements } from './index';

export default function register(): void {
  describe('performance (measured, not asserted against a time)', () => {
    it('records activation time', async () => {
      const api = await activate();
      measurements.activationMs = api.activationMs;
      assert.ok(api.activationMs >= 0);
    });

    it('records keystroke-to-diagnostics on a 10,000-word document', async () => {
      const settings = vscode.workspace.getConfiguration('incidentComms');
      await settings.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
      try {
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: generateDocument(10_000, 3) });
        const editor = await vscode.window.showTextDocument(document);
        await diagnosticsWhere(document.uri, (list) => list.length > 0, 'first check of the big document', 60000);
        const samples: number[] = [];
        const inHost: number[] = [];
        const api = await activate();
        for (let round = 0; round < 7; round++) {
          const line = Math.floor(document.lineCount / 2) + round * 4;
          const column = document.lineAt(line).text.length;
          const started = performance.now();
          await editor.edit((builder) => builder.insert(new vscode.Position(line, column), ' We commence work.'));
          // The new finding on the edited line shows the whole document was re-checked after the keystroke.
          await diagnosticsWhere(document.uri, (list) => list.some((d) => d.range.start.line === line && d.range.start.character > column && String((d.code as { value: string }).value) === 'plain-words'), `finding on line ${line}`);
          samples.push(performance.now() - started);
          inHost.push((api.diagnostics as unknown as { lastCheckMs: number }).lastCheckMs);
        }
        inHost.sort((a, b) => a - b);
        measurements.checkInExtensionHostMs10kWords = Math.round(inHost[inHost.length >> 1]! * 10) / 10;
        samples.sort((a, b) => a - b);
        measurements.keystrokeToDiagnosticsMs10kWords = Math.round(samples[samples.length >> 1]! * 10) / 10;
        measurements.bigDocumentFindings = ours(document.uri).length;
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        await settings.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });
}
