import * as vscode from 'vscode';
import type { DetailedLintResult, Finding } from '../engine/index';
import { CheckClient } from './check-client';
import type { IncidentDocuments } from './documents';
import type { WorkspaceConfigs } from './workspace-config';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface CheckedDocument {
  version: number;
  result: DetailedLintResult;
}

function isShown(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()));
}

export function toRange(finding: Finding): vscode.Range {
  const { start, end } = finding.range;
  return new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
}

/** Checks incident documents and publishes their findings as diagnostics. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('incident-comms');
  private readonly client: CheckClient;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, CheckedDocument>();
  private readonly checked = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidCheck = this.checked.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Files checked by "Check All": their findings stay in the Problems panel when an editor closes. */
  private readonly fromWorkspaceCheck = new Set<string>();
  /** Milliseconds the last check took inside the extension host, from reading the text to publishing. */
  lastCheckMs = 0;

  constructor(
    private readonly documents: IncidentDocuments,
    private readonly configs: WorkspaceConfigs,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.client = new CheckClient(vscode.Uri.joinPath(extensionUri, 'dist', 'check-worker.js').fsPath, log);
    this.subscriptions.push(
      this.client,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document, undefined, 'change')),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document, 0, 'save')),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!this.fromWorkspaceCheck.has(document.uri.toString())) this.clear(document.uri);
      }),
      // A document shown again after its findings were cleared is not opened again: check it when it shows.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (!this.collection.has(editor.document.uri)) this.schedule(editor.document, 0, 'open');
      }),
      // Documents can stay loaded long after their editor closes; clear when the last tab showing one goes.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !this.fromWorkspaceCheck.has(uri.toString()) && !isShown(uri)) this.clear(uri);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('incidentComms')) this.recheckOpen();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.configs.forget();
        this.recheckOpen();
      }),
      configs.onDidChange(() => this.recheckOpen()),
    );
    this.recheckOpen();
  }

  /** The last result for a document, if it is current. */
  resultFor(document: vscode.TextDocument): DetailedLintResult | undefined {
    const checked = this.results.get(document.uri.toString());
    return checked && checked.version === document.version ? checked.result : undefined;
  }

  /** Checks the current text now (in the worker; its cache makes this cheap) without publishing. */
  lintNow(document: vscode.TextDocument, text = document.getText()): Promise<DetailedLintResult> {
    return this.lintText(document.uri, text);
  }

  private async lintText(uri: vscode.Uri, text: string): Promise<DetailedLintResult> {
    const { config } = await this.configs.forDocument({ uri });
    return this.client.lint(text, config);
  }

  /** Checks a file that may not be open and publishes its findings. */
  async checkFile(uri: vscode.Uri, text: string): Promise<number> {
    const result = await this.lintText(uri, text);
    const diagnostics = this.toDiagnostics({ uri }, result.findings);
    this.fromWorkspaceCheck.add(uri.toString());
    this.collection.set(uri, diagnostics);
    return diagnostics.length;
  }

  recheckOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0, 'open');
  }

  schedule(document: vscode.TextDocument, delay: number | undefined, reason: 'open' | 'change' | 'save' | 'command'): void {
    const key = document.uri.toString();
    if (reason !== 'command' && !this.documents.isIncident(document)) {
      if (this.collection.has(document.uri)) this.clear(document.uri);
      return;
    }
    const run = vscode.workspace.getConfiguration('incidentComms', document.uri).get<string>('run', 'onType');
    if (reason !== 'command' && (run === 'off' || (run === 'onSave' && reason === 'change'))) return;
    clearTimeout(this.timers.get(key));
    const wait = delay ?? vscode.workspace.getConfiguration('incidentComms', document.uri).get<number>('debounceMs', 300);
    this.timers.set(key, setTimeout(() => void this.check(document), wait));
  }

  /** Documents over `incidentComms.maxDocumentSize`, with their size: not checked, to keep the editor responsive. */
  readonly tooLarge = new Map<string, number>();
  private readonly reportedFailures = new Set<string>();
  private readonly inFlight = new Set<string>();
  private readonly rerun = new Set<string>();

  async check(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    this.timers.delete(key);
    if (document.isClosed) return;
    const limit = vscode.workspace.getConfiguration('incidentComms', document.uri).get<number>('maxDocumentSize', 2_000_000);
    const text = document.getText();
    const size = text.length;
    if (size > limit) {
      this.tooLarge.set(key, size);
      this.results.delete(key);
      this.collection.delete(document.uri);
      this.checked.fire(document);
      return;
    }
    this.tooLarge.delete(key);
    const version = document.version;
    const started = performance.now();
    if (this.inFlight.has(key)) {
      // One check per document at a time; when it ends, the newest text is checked once.
      this.rerun.add(key);
      return;
    }
    this.inFlight.add(key);
    let result: DetailedLintResult;
    try {
      result = await this.lintNow(document, text);
    } finally {
      this.inFlight.delete(key);
      if (this.rerun.delete(key)) this.schedule(document, 0, 'command');
    }
    if (document.isClosed || document.version !== version) return;
    for (const failure of result.ruleFailures) {
      // Once per document and rule: the rule is skipped for this document, the others still run.
      const reported = `${key}\u0000${failure.ruleId}`;
      if (this.reportedFailures.has(reported)) continue;
      this.reportedFailures.add(reported);
      this.log.error(`Rule ${failure.ruleId} failed on ${document.uri.fsPath} and is skipped for it: ${failure.error}`);
    }
    this.results.set(key, { version, result });
    this.collection.set(document.uri, this.toDiagnostics(document, result.findings));
    this.lastCheckMs = performance.now() - started;
    this.checked.fire(document);
  }

  toDiagnostics(document: { uri: vscode.Uri }, findings: readonly Finding[]): vscode.Diagnostic[] {
    const overrides = vscode.workspace.getConfiguration('incidentComms', document.uri).get<Record<string, string>>('severity', {});
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of findings) {
      const override = overrides[finding.ruleId];
      if (override === 'off') continue;
      const range = toRange(finding);
      const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[override ?? finding.severity] ?? vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'Incident Comms';
      diagnostic.code = { value: finding.ruleId, target: vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${finding.ruleId}.md`) };
      diagnostics.push(diagnostic);
    }
    return diagnostics;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.collection.dispose();
    this.checked.dispose();
  }
}
