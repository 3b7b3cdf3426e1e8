import { promises as fs } from 'node:fs';
import path from 'node:path';
import { renderDocument, type View } from '../engine/render/index';
import { readText, writeAtomic } from './files';
import type { Io } from './check';

export interface RenderCommand {
  file: string;
  view: View;
  out?: string;
  maxLength?: number;
  cwd: string;
}

/** `incident-comms render FILE --as status-page|email|text [--out FILE]`; returns the exit code. */
export async function render(command: RenderCommand, io: Io): Promise<number> {
  const file = path.resolve(command.cwd, command.file);
  const read = await readText(file);
  if (!read.ok) {
    io.err(`incident-comms: ${command.file}: ${read.message}`);
    return 2;
  }
  const rendered = renderDocument(read.text, { view: command.view, ...(command.maxLength !== undefined ? { maxLength: command.maxLength } : {}) });
  const output = command.view === 'email' ? `<!-- Subject: ${rendered.subject!.replace(/--/g, '- -')} -->\n${rendered.output}\n` : command.view === 'text' ? rendered.output : `${rendered.output}\n`;
  if (rendered.overLimit) io.err(`incident-comms: ${command.file}: ${rendered.length} characters, over the limit of ${command.maxLength}.`);
  if (command.out) {
    const target = path.resolve(command.cwd, command.out);
    try {
      await fs.writeFile(target, '', { flag: 'a' });
      await writeAtomic(target, output);
    } catch (error) {
      io.err(`incident-comms: cannot write ${command.out}: ${(error as Error).message}`);
      return 2;
    }
  } else {
    io.out(output.replace(/\n$/, ''));
  }
  return rendered.overLimit ? 1 : 0;
}
