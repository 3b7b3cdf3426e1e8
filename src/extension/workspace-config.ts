import * as vscode from 'vscode';
import { parseConfig, type Config, type ConfigProblem } from '../engine/index';

export const CONFIG_NAMES = ['.incident-comms.yaml', '.incident-comms.yml', '.incident-comms.json'];

export interface FoundConfig {
  config: Config;
  uri?: vscode.Uri;
  problems: ConfigProblem[];
}

const DEFAULTS: FoundConfig = { config: {}, problems: [] };

/**
 * Finds the nearest configuration file for a document by walking up its folders, through the
 * workspace file system. In an untrusted workspace configuration files are not read.
 */
export class WorkspaceConfigs implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<FoundConfig>>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly problems = vscode.languages.createDiagnosticCollection('incident-comms-config');

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/.incident-comms.{yaml,yml,json}');
    const reset = () => {
      this.byFolder.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(reset);
    this.watcher.onDidChange(reset);
    this.watcher.onDidDelete((uri) => {
      this.problems.delete(uri);
      reset();
    });
  }

  forDocument(document: { uri: vscode.Uri }): Promise<FoundConfig> {
    if (!vscode.workspace.isTrusted || document.uri.scheme === 'untitled') return Promise.resolve(DEFAULTS);
    return this.forFolder(vscode.Uri.joinPath(document.uri, '..'));
  }

  /** The file a glossary action should edit: the nearest existing one, or a new one at the workspace folder. */
  async targetFor(document: { uri: vscode.Uri }): Promise<vscode.Uri | undefined> {
    const found = await this.forDocument(document);
    if (found.uri) return found.uri;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return folder ? vscode.Uri.joinPath(folder.uri, '.incident-comms.yaml') : undefined;
  }

  forget(): void {
    this.byFolder.clear();
  }

  private forFolder(folder: vscode.Uri): Promise<FoundConfig> {
    const key = folder.toString();
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = this.find(folder);
      this.byFolder.set(key, pending);
    }
    return pending;
  }

  private async find(folder: vscode.Uri): Promise<FoundConfig> {
    for (const name of CONFIG_NAMES) {
      const candidate = vscode.Uri.joinPath(folder, name);
      try {
        const bytes = await vscode.workspace.fs.readFile(candidate);
        return this.load(candidate, new TextDecoder().decode(bytes));
      } catch {
        // Not in this folder.
      }
    }
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) return DEFAULTS;
    return this.forFolder(parent);
  }

  private load(uri: vscode.Uri, text: string): FoundConfig {
    const loaded = parseConfig(text);
    this.problems.set(
      uri,
      loaded.problems.map((problem) => {
        const position = new vscode.Position(problem.line - 1, problem.column - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position.translate(0, 1)), `${problem.message} Incident Comms uses its defaults until this is fixed.`, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Incident Comms';
        return diagnostic;
      }),
    );
    return { config: loaded.config, uri, problems: loaded.problems };
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
    this.problems.dispose();
  }
}
