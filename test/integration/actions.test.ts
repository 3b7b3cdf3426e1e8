import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeActions, diagnosticsWhere, open, ruleIds, workspaceUri } from './helpers';

async function findingsOf(editor: vscode.TextEditor, count: number): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhere(editor.document.uri, (list) => list.length === count, `${count} findings in ${vscode.workspace.asRelativePath(editor.document.uri)}`);
}

function byRule(diagnostics: vscode.Diagnostic[], ruleId: string): vscode.Diagnostic {
  const found = diagnostics.find((diagnostic) => String((diagnostic.code as { value: string }).value) === ruleId);
  if (!found) throw new Error(`no ${ruleId} diagnostic`);
  return found;
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  if (!action) throw new Error('action not offered');
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export default function register(): void {
  describe('quick fixes and code actions', () => {
    let editor: vscode.TextEditor;
    beforeEach(async () => {
      await activate();
      editor = await open('incidents', 'edit-me.md');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await findingsOf(editor, 5);
    });

    it('offers one quick fix per suggestion, the first preferred, and applies it', async () => {
      const diagnostic = byRule(await findingsOf(editor, 5), 'plain-words');
      const actions = await codeActions(editor.document.uri, diagnostic.range);
      const fix = actions.find((action) => action.title === 'Replace with “use”');
      assert.equal(fix?.isPreferred, true);
      await apply(fix);
      assert.equal(editor.document.lineAt(5).text, 'We use a backup in order to keep labels printing.');
      await findingsOf(editor, 4);
    });

    it('fixes all findings of a rule in the document', async () => {
      const diagnostic = byRule(await findingsOf(editor, 5), 'plain-words');
      const actions = await codeActions(editor.document.uri, diagnostic.range);
      await apply(actions.find((action) => action.title === 'Fix all plain-words in this document'));
      assert.equal(editor.document.lineAt(5).text, 'We use a backup to keep labels printing.');
    });

    it('offers source.fixAll.incidentComms for safe fixes', async () => {
      const actions = await codeActions(editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.incidentComms');
      assert.equal(actions.length, 1);
      await apply(actions[0]);
      assert.equal(editor.document.lineAt(5).text, 'We use a backup to keep labels printing.');
      assert.equal(editor.document.lineAt(9).text, 'We apologize for any inconvenience.', 'only safe fixes');
    });

    it('fixes on save through editor.codeActionsOnSave', async () => {
      const settings = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
      await settings.update('codeActionsOnSave', { 'source.fixAll.incidentComms': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
      try {
        await editor.edit((builder) => builder.insert(new vscode.Position(10, 0), '\nWe will commence work.\n'));
        await vscode.commands.executeCommand('workbench.action.files.save');
        assert.equal(editor.document.lineAt(5).text, 'We use a backup to keep labels printing.');
        assert.ok(editor.document.getText().includes('We will start work.'));
      } finally {
        await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
        await vscode.workspace.fs.writeFile(editor.document.uri, new TextEncoder().encode(ORIGINAL));
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });

    it('"Ignore on this line" inserts the comment and the finding goes', async () => {
      const diagnostic = byRule(await findingsOf(editor, 5), 'non-apology');
      const actions = await codeActions(editor.document.uri, diagnostic.range);
      await apply(actions.find((action) => action.title === 'Ignore non-apology on this line'));
      assert.equal(editor.document.lineAt(9).text, '<!-- incident-comms-disable-next-line non-apology -->');
      const after = await findingsOf(editor, 4);
      assert.ok(!ruleIds(after).includes('non-apology'));
    });

    it('"Ignore in this file" silences the rule everywhere', async () => {
      const diagnostic = byRule(await findingsOf(editor, 5), 'jargon');
      const actions = await codeActions(editor.document.uri, diagnostic.range);
      await apply(actions.find((action) => action.title === 'Ignore jargon in this file'));
      assert.equal(editor.document.lineAt(5).text, '<!-- incident-comms-disable-file jargon -->');
      const after = await findingsOf(editor, 3);
      assert.ok(!ruleIds(after).includes('jargon'));
    });

    it('adds a term to the workspace glossary, keeping the file, and the finding goes', async () => {
      const configUri = workspaceUri('.incident-comms.yaml');
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('# Our glossary\nrules:\n  hedging: warning # on purpose\n'));
      try {
        const diagnostics = await findingsOf(editor, 5);
        const bgp = diagnostics.find((diagnostic) => editor.document.getText(diagnostic.range) === 'BGP')!;
        const actions = await codeActions(editor.document.uri, bgp.range);
        await apply(actions.find((action) => action.title === "Add 'BGP' to the workspace glossary as allowed"));
        const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
        assert.equal(written, '# Our glossary\nrules:\n  hedging: warning # on purpose\nglossary:\n  allow:\n    - BGP\n');
        await diagnosticsWhere(editor.document.uri, (list) => list.length === 4 && !list.some((d) => editor.document.getText(d.range) === 'BGP'), 'BGP allowed');
      } finally {
        await vscode.workspace.fs.delete(configUri);
      }
    });

    it('never applies a fix to text that changed since the check', async () => {
      const diagnostic = byRule(await findingsOf(editor, 5), 'plain-words');
      await editor.edit((builder) => builder.replace(diagnostic.range, 'employ'));
      const actions = await codeActions(editor.document.uri, diagnostic.range);
      assert.ok(!actions.some((action) => action.title === 'Replace with “use”'));
      const stale = [...actions, ...(await staleActions(editor, diagnostic))];
      assert.ok(stale.some((action) => action.title === 'The text changed since it was checked: check again'));
    });

    it('links each rule to its documentation', async () => {
      const diagnostic = byRule(await findingsOf(editor, 5), 'non-apology');
      const actions = await codeActions(editor.document.uri, diagnostic.range);
      const learn = actions.find((action) => action.title === 'Learn more about non-apology');
      assert.match((learn?.command?.arguments?.[0] as vscode.Uri).path, /docs\/rules\/non-apology\.md$/);
    });
  });
}

/** Asks the provider directly with the old diagnostic, as the lightbulb would before the re-check lands. */
async function staleActions(editor: vscode.TextEditor, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const extension = vscode.extensions.getExtension('incident-comms.incident-comms')!;
  const api = extension.exports as { actions: vscode.CodeActionProvider };
  const context: vscode.CodeActionContext = { diagnostics: [diagnostic], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke };
  return ((await api.actions.provideCodeActions(editor.document, diagnostic.range, context, new vscode.CancellationTokenSource().token)) ?? []) as vscode.CodeAction[];
}

const ORIGINAL = `---
type: update
status: identified
next_update: 2026-03-04T15:00:00Z
---
We utilize a backup in order to keep labels printing.

Etcd failed, and the BGP routes were withdrawn.

We apologize for any inconvenience.
`;
