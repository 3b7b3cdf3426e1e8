import type { ListItem, Nodes, Root } from 'mdast';

/** What an SMS, chat or plain-text email shows: links as “text (URL)”, lists kept readable. */
export function toPlainText(tree: Root): string {
  return blocks(tree.children as Nodes[], '').replace(/\n{3,}/g, '\n\n').trim();
}

function blocks(nodes: Nodes[], indent: string): string {
  return nodes.map((node) => block(node, indent)).filter((text) => text !== '').join('\n\n');
}

function block(node: Nodes, indent: string): string {
  switch (node.type) {
    case 'heading':
      return indent + inline(node.children as Nodes[]).trim();
    case 'paragraph':
      return indent + inline(node.children as Nodes[]).trim().replace(/\n/g, `\n${indent}`);
    case 'list':
      return node.children
        .map((item, index) => listItem(item, node.ordered ? `${(node.start ?? 1) + index}. ` : '- ', indent))
        .join('\n');
    case 'blockquote':
      return blocks(node.children as Nodes[], `${indent}> `);
    case 'code':
      return node.value.split('\n').map((line) => `${indent}    ${line}`).join('\n');
    case 'table':
      return node.children.map((row) => indent + row.children.map((cell) => inline(cell.children as Nodes[]).trim()).join(' | ')).join('\n');
    case 'thematicBreak':
      return `${indent}---`;
    case 'html':
    case 'yaml':
    case 'definition':
      return '';
    default:
      return 'children' in node ? blocks(node.children as Nodes[], indent) : '';
  }
}

function listItem(item: ListItem, marker: string, indent: string): string {
  const inner = blocks(item.children as Nodes[], '').split('\n');
  const pad = ' '.repeat(marker.length);
  return inner.map((line, index) => (index === 0 ? `${indent}${marker}${line}` : line === '' ? '' : `${indent}${pad}${line}`)).join('\n').replace(/\n\n/g, '\n');
}

function inline(nodes: Nodes[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'inlineCode':
          return node.value;
        case 'break':
          return '\n';
        case 'link': {
          const text = inline(node.children as Nodes[]).trim();
          return text && text !== node.url && `mailto:${text}` !== node.url ? `${text} (${node.url})` : node.url.replace(/^mailto:/, '');
        }
        case 'image':
          return node.alt ?? '';
        case 'html':
          return '';
        default:
          return 'children' in node ? inline(node.children as Nodes[]) : '';
      }
    })
    .join('');
}
