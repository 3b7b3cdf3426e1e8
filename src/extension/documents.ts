import * as vscode from 'vscode';

/** Front matter with incident keys near the top of a document. */
export const INCIDENT_KEYS = /^---\r?\n(?:[^\n]*\n){0,60}?(?:type|status|severity)\s*:/;

/** Decides which Markdown documents are incident communications. */
export class IncidentDocuments {
  constructor(private readonly state: vscode.Memento) {}

  private get enabled(): string[] {
    return this.state.get<string[]>('incidentComms.enabledDocuments', []);
  }

  isIncident(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.enabled.includes(document.uri.toString())) return true;
    const include = vscode.workspace.getConfiguration('incidentComms', document.uri).get<string[]>('include', []);
    if (include.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
    return INCIDENT_KEYS.test(document.getText(new vscode.Range(0, 0, 62, 0)));
  }

  async enable(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!this.enabled.includes(key)) await this.state.update('incidentComms.enabledDocuments', [...this.enabled, key]);
  }
}
