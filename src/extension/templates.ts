import * as vscode from 'vscode';

interface SnippetDefinition {
  prefix: string | string[];
  description: string;
  body: string[];
}

export interface Template {
  name: string;
  group: string;
  description: string;
  body: string;
  type: string;
}

/** The templates are the snippets file: one source for tab completion and the pickers. */
export async function loadTemplates(extensionUri: vscode.Uri): Promise<Template[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'incident-comms.code-snippets'));
  const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, SnippetDefinition>;
  return Object.entries(snippets).map(([name, snippet]) => {
    const body = snippet.body.join('\n');
    return {
      name,
      group: name.includes(' · ') ? name.split(' · ')[0]! : groupOf(name),
      description: snippet.description,
      body,
      type: /^type: (\S+)/m.exec(body)?.[1] ?? 'update',
    };
  });
}

function groupOf(name: string): string {
  if (/resolution/i.test(name)) return 'Resolution';
  if (/summary/i.test(name)) return 'After the incident';
  if (/follow-up/i.test(name)) return 'After the incident';
  if (/security/i.test(name)) return 'Security';
  return 'Internal';
}

export async function pickTemplate(templates: Template[], placeHolder: string): Promise<Template | undefined> {
  const items: Array<vscode.QuickPickItem & { template?: Template }> = [];
  let group = '';
  for (const template of templates) {
    if (template.group !== group) {
      group = template.group;
      items.push({ label: group, kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({ label: template.name, detail: template.description, template });
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDetail: true });
  return picked?.template;
}

/** A template's snippet with the front matter's id and start filled in (UTC now). */
export function filledForNewFile(template: Template, now: Date): string {
  const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const id = `INC-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
  return template.body
    .replace(/^id: "?\$\{1:[^}]*\}"?$/m, `id: ${id}`)
    .replace(/^(started|resolved|next_update): \$CURRENT_YEAR[^\n]*$/gm, `$1: ${iso}`)
    .replace(/^(started): "?\$\{\d+:\[Insert ISO start time\]\}"?$/m, `$1: ${iso}`);
}
