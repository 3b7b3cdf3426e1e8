import * as vscode from 'vscode';
import type { Finding } from '../engine/index';
import { readFrontMatter } from '../engine/front-matter';
import type { DiagnosticsController } from './diagnostics';
import { disableFileEdit, disableNextLineInsert } from './text-edits';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('incidentComms');

/** Quick fixes, ignore comments, glossary and docs actions, and fix-all for incident documents. */
export class IncidentCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(document);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'Incident Comms' && typeof diagnostic.code === 'object');
    if (ours.length === 0) return [];
    // Fixes come from a check of the current text, never from what the diagnostic saw earlier.
    const { findings } = await this.diagnostics.lintNow(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const ruleId = String((diagnostic.code as { value: string }).value);
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = findings.find((candidate) => candidate.ruleId === ruleId && candidate.range.start.offset === start && candidate.range.end.offset === end);
      if (!finding) {
        const stale = new vscode.CodeAction('The text changed since it was checked: check again', vscode.CodeActionKind.QuickFix);
        stale.diagnostics = [diagnostic];
        stale.command = { title: 'Check again', command: 'incidentComms.checkDocument', arguments: [document.uri] };
        actions.push(stale);
        continue;
      }
      actions.push(...this.suggestionActions(document, finding, diagnostic));
      const sameRule = findings.filter((candidate) => candidate.ruleId === ruleId && candidate.suggestions.length > 0);
      if (sameRule.length > 1) {
        const all = new vscode.CodeAction(`Fix all ${ruleId} in this document`, vscode.CodeActionKind.QuickFix);
        all.edit = this.editFor(document, sameRule, () => true);
        all.diagnostics = [diagnostic];
        actions.push(all);
      }
      actions.push(this.ignoreLine(document, ruleId, diagnostic), this.ignoreFile(document, ruleId, diagnostic));
      if (ruleId === 'jargon' && finding.actual) {
        const allow = new vscode.CodeAction(`Add '${finding.actual}' to the workspace glossary as allowed`, vscode.CodeActionKind.QuickFix);
        allow.diagnostics = [diagnostic];
        allow.command = { title: allow.title, command: 'incidentComms.allowTerm', arguments: [document.uri, finding.actual] };
        actions.push(allow);
      }
      const learn = new vscode.CodeAction(`Learn more about ${ruleId}`, vscode.CodeActionKind.QuickFix);
      learn.diagnostics = [diagnostic];
      learn.command = { title: learn.title, command: 'markdown.showPreview', arguments: [vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${ruleId}.md`)] };
      actions.push(learn);
    }
    return actions;
  }

  private suggestionActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    return finding.suggestions.map((suggestion, index) => {
      const action = new vscode.CodeAction(suggestion.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      const range = new vscode.Range(document.positionAt(suggestion.offset ?? finding.range.start.offset), document.positionAt(suggestion.endOffset ?? finding.range.end.offset));
      action.edit.replace(document.uri, range, suggestion.replacement);
      action.diagnostics = [diagnostic];
      action.isPreferred = index === 0;
      return action;
    });
  }

  private ignoreLine(document: vscode.TextDocument, ruleId: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const line = diagnostic.range.start.line;
    const lines = Array.from({ length: Math.min(line + 1, document.lineCount) }, (_, index) => document.lineAt(index).text);
    const previousEnd = line > 0 ? document.offsetAt(document.lineAt(line - 1).range.end) : 0;
    const insert = disableNextLineInsert(lines, line, ruleId, document.offsetAt(new vscode.Position(line, 0)), previousEnd);
    const action = new vscode.CodeAction(`Ignore ${ruleId} on this line`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, document.positionAt(insert.offset), insert.text);
    action.diagnostics = [diagnostic];
    return action;
  }

  private ignoreFile(document: vscode.TextDocument, ruleId: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const text = document.getText();
    const edit = disableFileEdit(text, ruleId, bodyStart(text));
    const action = new vscode.CodeAction(`Ignore ${ruleId} in this file`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.end)), edit.text);
    action.diagnostics = [diagnostic];
    return action;
  }

  async fixAll(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const { findings } = await this.diagnostics.lintNow(document);
    const safe = findings.filter((finding) => finding.suggestions[0]?.safe);
    if (safe.length === 0) return [];
    const action = new vscode.CodeAction('Incident Comms: fix all safe problems', FIX_ALL_KIND);
    action.edit = this.editFor(document, safe, (finding) => !!finding.suggestions[0]?.safe);
    return [action];
  }

  private editFor(document: vscode.TextDocument, findings: readonly Finding[], accept: (finding: Finding) => boolean): vscode.WorkspaceEdit {
    const edit = new vscode.WorkspaceEdit();
    let reached = -1;
    const chosen = findings
      .filter((finding) => finding.suggestions[0] && accept(finding))
      .map((finding) => ({ suggestion: finding.suggestions[0]!, finding }))
      .map(({ suggestion, finding }) => ({ start: suggestion.offset ?? finding.range.start.offset, end: suggestion.endOffset ?? finding.range.end.offset, text: suggestion.replacement }))
      .sort((a, b) => a.start - b.start);
    for (const change of chosen) {
      if (change.start < reached) continue; // overlaps the previous fix: the next check offers it again
      edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
      reached = change.end;
    }
    return edit;
  }
}

/** Offset just after the front matter, where a file-wide comment goes. */
function bodyStart(text: string): number {
  return readFrontMatter(text)?.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
}
