import * as vscode from 'vscode';

export const EXTENSION_ID = 'incident-comms.incident-comms';

export function workspaceUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, ...parts);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Incident Comms');
}

/** Resolves when the extension's diagnostics for `uri` satisfy `accept` (checked now and on every change). */
export function diagnosticsWhere(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = ours(uri);
    if (accept(current)) return resolve(current);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for diagnostics: ${what}. Last: ${JSON.stringify(ours(uri).slice(0, 8).map((d) => [String((d.code as { value: string }).value), d.range.start.line, d.message.slice(0, 40)]))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = ours(uri);
      if (accept(diagnostics)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

export function ruleIds(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String((diagnostic.code as { value: string }).value));
}

export async function open(...parts: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  return vscode.window.showTextDocument(document);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

export async function activate(): Promise<{ diagnostics: { collection: vscode.DiagnosticCollection }; statusBar: { item: vscode.StatusBarItem }; activationMs: number }> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  return extension.activate();
}
