import * as vscode from 'vscode';
import { IncidentCodeActions } from './code-actions';
import { DiagnosticsController } from './diagnostics';
import { IncidentDocuments, INCIDENT_KEYS } from './documents';
import { PreviewManager } from './preview';
import { IncidentStatusBar } from './status-bar';
import { filledForNewFile, loadTemplates, pickTemplate } from './templates';
import { addAllowedTerm } from './text-edits';
import { WorkspaceConfigs } from './workspace-config';

export interface IncidentCommsApi {
  diagnostics: DiagnosticsController;
  statusBar: IncidentStatusBar;
  actions: IncidentCodeActions;
  preview: PreviewManager;
  /** Milliseconds from the start of activate() to its end. */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<IncidentCommsApi> {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Incident Comms', { log: true });
  const documents = new IncidentDocuments(context.workspaceState);
  const configs = new WorkspaceConfigs();
  const diagnostics = new DiagnosticsController(documents, configs, context.extensionUri, log);
  const statusBar = new IncidentStatusBar(diagnostics, documents);
  const actions = new IncidentCodeActions(diagnostics, context.extensionUri);
  const preview = new PreviewManager(context.extensionUri, diagnostics);
  const documentFor = async (uri?: vscode.Uri) => (uri instanceof vscode.Uri ? vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document);

  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    statusBar,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, actions, { providedCodeActionKinds: IncidentCodeActions.kinds }),
    vscode.commands.registerCommand('incidentComms.checkDocument', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return void vscode.window.showInformationMessage('Incident Comms: open a Markdown document to check it.');
      await documents.enable(document);
      await diagnostics.check(document);
    }),
    vscode.commands.registerCommand('incidentComms.checkWorkspace', () => checkWorkspace(diagnostics, log)),
    vscode.commands.registerCommand('incidentComms.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const [action] = await actions.fixAll(editor.document);
      if (action?.edit) await vscode.workspace.applyEdit(action.edit);
      else vscode.window.showInformationMessage('Incident Comms: nothing to fix automatically in this document.');
    }),
    vscode.commands.registerCommand('incidentComms.insertTemplate', async (name?: string) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage('Incident Comms: open a Markdown document to insert a template.');
      const templates = await loadTemplates(context.extensionUri);
      const template = typeof name === 'string' ? templates.find((candidate) => candidate.name === name) : await pickTemplate(templates, 'Insert an incident communication template');
      if (template) await editor.insertSnippet(new vscode.SnippetString(template.body));
    }),
    vscode.commands.registerCommand('incidentComms.newCommunication', async (name?: string) => {
      const templates = await loadTemplates(context.extensionUri);
      const template = typeof name === 'string' ? templates.find((candidate) => candidate.name === name) : await pickTemplate(templates, 'What kind of communication?');
      if (!template) return;
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(filledForNewFile(template, new Date())));
    }),
    preview,
    vscode.commands.registerCommand('incidentComms.openPreview', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (!document || document.languageId !== 'markdown') return void vscode.window.showInformationMessage('Incident Comms: open a Markdown document to preview it.');
      preview.open(document);
    }),
    vscode.commands.registerCommand('incidentComms.previewView', (uri: vscode.Uri, view: 'status-page' | 'email' | 'text') => preview.setView(uri, view)),
    vscode.commands.registerCommand('incidentComms.copyHtml', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (!document) return;
      await vscode.env.clipboard.writeText(preview.render(document, 'email').output);
      vscode.window.setStatusBarMessage('Incident Comms: email HTML copied', 3000);
    }),
    vscode.commands.registerCommand('incidentComms.copyText', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (!document) return;
      await vscode.env.clipboard.writeText(preview.render(document, 'text').output);
      vscode.window.setStatusBarMessage('Incident Comms: plain text copied', 3000);
    }),
    vscode.commands.registerCommand('incidentComms.exportHtml', async (uri?: vscode.Uri, target?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (!document) return;
      const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: document.uri.with({ path: document.uri.path.replace(/\.md$/i, '') + '.html' }), filters: { HTML: ['html'] } }));
      if (!destination) return;
      const rendered = preview.render(document, 'status-page');
      const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.css')));
      const html = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'"><title>${rendered.title.replace(/[<&>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title><style>${css}</style></head><body><main class="ic-surface">${rendered.output}</main></body></html>\n`;
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
      vscode.window.setStatusBarMessage(`Incident Comms: exported ${vscode.workspace.asRelativePath(destination)}`, 4000);
    }),
    vscode.commands.registerCommand('incidentComms.allowTerm', async (uri: vscode.Uri, term: string) => {
      const target = await configs.targetFor({ uri });
      if (!target) return void vscode.window.showWarningMessage('Incident Comms: open a workspace folder to keep a glossary.');
      let source = '';
      try {
        source = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      } catch {
        // A new file.
      }
      let updated: string | undefined;
      try {
        updated = addAllowedTerm(source, term, target.path.endsWith('.json'));
      } catch (error) {
        return void vscode.window.showErrorMessage(`Incident Comms: cannot add '${term}': ${vscode.workspace.asRelativePath(target)} does not parse (${(error as Error).message}). Fix it first.`);
      }
      if (updated !== undefined) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(updated));
      configs.forget();
      diagnostics.recheckOpen();
      vscode.window.setStatusBarMessage(`Incident Comms: '${term}' is allowed in ${vscode.workspace.asRelativePath(target)}`, 4000);
    }),
  );
  const activationMs = Date.now() - started;
  log.info(`Activated in ${activationMs} ms`);
  return { diagnostics, statusBar, actions, preview, activationMs };
}

async function checkWorkspace(diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Incident Comms', cancellable: true }, async (progress, token) => {
    progress.report({ message: 'Finding incident documents…' });
    const exclude = '**/node_modules/**';
    const included = new Set<string>();
    for (const pattern of vscode.workspace.getConfiguration('incidentComms').get<string[]>('include', [])) {
      for (const uri of await vscode.workspace.findFiles(pattern, exclude)) included.add(uri.toString());
    }
    const files = await vscode.workspace.findFiles('**/*.md', exclude);
    let checked = 0;
    let findings = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        log.warn(`Skipped ${uri.fsPath}: ${(error as Error).message}`);
        continue;
      }
      if (!included.has(uri.toString()) && !INCIDENT_KEYS.test(text)) continue;
      findings += await diagnostics.checkFile(uri, text);
      checked++;
      progress.report({ message: `${checked} checked`, increment: 100 / files.length });
    }
    vscode.window.setStatusBarMessage(`Incident Comms: ${findings} findings in ${checked} incident documents`, 5000);
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

export function deactivate(): void {
  // Everything is disposed through the extension context.
}
