import * as vscode from 'vscode';
import { renderDocument, type Rendered, type View } from '../engine/render/index';
import type { DiagnosticsController } from './diagnostics';

export const PREVIEW_TYPE = 'incidentComms.preview';
const VIEWS: View[] = ['status-page', 'email', 'text'];

interface PreviewState {
  uri: string;
  view: View;
}

/** One webview per document showing it as the reader will see it; restored after a reload. */
export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; view: View; document: vscode.TextDocument; last?: Rendered; timer?: NodeJS.Timeout }>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly rendered = new vscode.EventEmitter<{ uri: vscode.Uri; rendered: Rendered }>();
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleUpdate(event.document)),
      diagnostics.onDidCheck((document) => this.scheduleUpdate(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('incidentComms.preview')) for (const entry of this.panels.values()) this.update(entry.document);
      }),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => {
          if (!state?.uri) return panel.dispose();
          try {
            const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri));
            this.attach(panel, document, VIEWS.includes(state.view) ? state.view : 'status-page');
          } catch {
            panel.webview.html = '<p>The document of this preview no longer exists.</p>';
          }
        },
      }),
      this.rendered,
    ];
  }

  open(document: vscode.TextDocument, view: View = 'status-page'): vscode.WebviewPanel {
    const existing = this.panels.get(document.uri.toString());
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_TYPE, `Preview ${basename(document.uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: this.roots(document),
    });
    this.attach(panel, document, view);
    return panel;
  }

  setView(uri: vscode.Uri, view: View): void {
    const entry = this.panels.get(uri.toString());
    if (!entry) return;
    entry.view = view;
    this.update(entry.document);
  }

  /** The last output posted to a document's preview (tests and copy commands read it). */
  lastRendered(uri: vscode.Uri): Rendered | undefined {
    return this.panels.get(uri.toString())?.last;
  }

  /** Renders a document for copying or export, independent of any open preview. */
  render(document: vscode.TextDocument, view: View): Rendered {
    return renderDocument(document.getText(), { view, maxLength: this.maxLength(document) });
  }

  private attach(panel: vscode.WebviewPanel, document: vscode.TextDocument, view: View): void {
    const key = document.uri.toString();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.options = { enableScripts: true, localResourceRoots: this.roots(document) };
    panel.webview.html = this.shell(panel.webview, document, view);
    this.panels.set(key, { panel, view, document });
    panel.onDidDispose(() => {
      clearTimeout(this.panels.get(key)?.timer);
      this.panels.delete(key);
    });
    panel.webview.onDidReceiveMessage((message: { type: string; view?: View; highlight?: boolean }) => {
      if (message.type === 'ready') this.update(document);
      if (message.type === 'setView' && message.view && VIEWS.includes(message.view)) this.setView(document.uri, message.view);
      if (message.type === 'copyHtml') void vscode.commands.executeCommand('incidentComms.copyHtml', document.uri);
      if (message.type === 'copyText') void vscode.commands.executeCommand('incidentComms.copyText', document.uri);
    });
  }

  private scheduleUpdate(document: vscode.TextDocument): void {
    const entry = this.panels.get(document.uri.toString());
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.update(document), 150);
  }

  private update(document: vscode.TextDocument): void {
    const entry = this.panels.get(document.uri.toString());
    if (!entry) return;
    const settings = vscode.workspace.getConfiguration('incidentComms.preview', document.uri);
    const highlight = settings.get<boolean>('highlightFindings', true);
    const findings = highlight ? this.diagnostics.resultFor(document)?.findings ?? [] : [];
    const allowRemote = settings.get<boolean>('allowRemoteImages', false);
    const folder = vscode.Uri.joinPath(document.uri, '..');
    const rendered = renderDocument(document.getText(), {
      view: entry.view,
      maxLength: this.maxLength(document),
      highlights: findings.filter((finding) => finding.actual).map((finding) => ({ text: finding.actual!, message: `${finding.ruleId}: ${finding.message}` })),
      resolveImage: (src) => {
        if (/^https?:/i.test(src)) return allowRemote ? src : undefined;
        if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return undefined;
        return entry.panel.webview.asWebviewUri(vscode.Uri.joinPath(folder, decodeURIComponent(src.split(/[?#]/)[0]!))).toString();
      },
    });
    entry.last = rendered;
    void entry.panel.webview.postMessage({ type: 'update', view: entry.view, title: rendered.title, subject: rendered.subject, output: rendered.output, length: rendered.length, maxLength: this.maxLength(document), overLimit: rendered.overLimit });
    entry.panel.title = `Preview ${basename(document.uri)}`;
    this.rendered.fire({ uri: document.uri, rendered });
  }

  private maxLength(document: vscode.TextDocument): number {
    return vscode.workspace.getConfiguration('incidentComms.preview', document.uri).get<number>('maxLength', 4096);
  }

  private roots(document: vscode.TextDocument): vscode.Uri[] {
    return [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(document.uri, '..')];
  }

  private shell(webview: vscode.Webview, document: vscode.TextDocument, view: View): string {
    const nonce = Array.from({ length: 32 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]).join('');
    const allowRemote = vscode.workspace.getConfiguration('incidentComms.preview', document.uri).get<boolean>('allowRemoteImages', false);
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource}${allowRemote ? ' https:' : ''}`,
      `style-src ${webview.cspSource} 'unsafe-inline'`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    const state: PreviewState = { uri: document.uri.toString(), view };
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('preview.css')}">
<title>Incident Comms preview</title>
</head>
<body>
<nav class="ic-toolbar" aria-label="Preview view">
  <button data-view="status-page">Status page</button>
  <button data-view="email">Email</button>
  <button data-view="text">Plain text</button>
  <span class="ic-length" id="length"></span>
  <span class="ic-spacer"></span>
  <button data-action="copyHtml" title="Copy the email view as HTML">Copy HTML</button>
  <button data-action="copyText" title="Copy the plain-text view">Copy text</button>
</nav>
<div id="subject" class="ic-subject" hidden></div>
<main id="content" class="ic-surface"></main>
<script nonce="${nonce}">window.__incidentCommsState = ${JSON.stringify(state).replace(/</g, '\\u003c')};</script>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const entry of this.panels.values()) {
      clearTimeout(entry.timer);
      entry.panel.dispose();
    }
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
