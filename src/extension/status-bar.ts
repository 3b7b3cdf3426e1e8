import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import type { IncidentDocuments } from './documents';

/** Findings count and readability grade of the active incident document; a click opens Problems. */
export class IncidentStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('incidentComms.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly documents: IncidentDocuments,
  ) {
    this.item.name = 'Incident Comms';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidCheck(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const incident = !!document && this.documents.isIncident(document);
    void vscode.commands.executeCommand('setContext', 'incidentComms.isIncidentDocument', incident);
    if (!document || !incident) {
      this.item.hide();
      return;
    }
    const size = this.diagnostics.tooLarge.get(document.uri.toString());
    if (size !== undefined) {
      this.item.text = `$(warning) Too large to check`;
      this.item.tooltip = `Incident Comms: this document has ${size.toLocaleString('en')} characters, over incidentComms.maxDocumentSize. It is not checked so that typing stays fast. Raise the setting to check it.`;
      this.item.command = { title: 'Open setting', command: 'workbench.action.openSettings', arguments: ['incidentComms.maxDocumentSize'] };
      this.item.show();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const result = this.diagnostics.resultFor(document);
    if (!result) return;
    const count = this.diagnostics.collection.get(document.uri)?.length ?? 0;
    const grade = result.readability.grade.toFixed(1);
    this.item.text = `$(megaphone) ${count} ${count === 1 ? 'finding' : 'findings'} · grade ${grade}`;
    const trust = vscode.workspace.isTrusted ? '' : '\n\nUntrusted workspace: .incident-comms.yaml is not read; default rules apply.';
    this.item.tooltip = `Incident Comms: ${count} ${count === 1 ? 'finding' : 'findings'}. Readability: grade ${grade} (Flesch–Kincaid), reading ease ${result.readability.readingEase}.${trust}\nClick to open the Problems panel.`;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
