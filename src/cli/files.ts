import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';

export interface FileProblem {
  path: string;
  message: string;
}

export interface ExpandedPaths {
  files: string[];
  problems: FileProblem[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
const GLOB_CHARS = /[*?[\]{}]/;

/** Turns the command line's paths, directories and globs into Markdown files, reporting what cannot be read. */
export async function expandPaths(inputs: string[], cwd: string): Promise<ExpandedPaths> {
  const files = new Set<string>();
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      if (GLOB_CHARS.test(input)) {
        const matches = await glob(input, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
        if (matches.length === 0) problems.push({ path: input, message: 'No files match this pattern.' });
        matches.sort().forEach((match) => files.add(match));
        continue;
      }
      problems.push({ path: input, message: describeFsError(error, 'No such file or directory.') });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.size;
      await walk(absolute, files, problems, new Set());
      if (files.size === before) problems.push({ path: input, message: 'No Markdown files (*.md) in this directory.' });
    } else {
      files.add(absolute);
    }
  }
  return { files: [...files], problems };
}

async function walk(directory: string, files: Set<string>, problems: FileProblem[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(directory);
  } catch (error) {
    problems.push({ path: directory, message: describeFsError(error, 'Cannot resolve this directory.') });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: directory, message: describeFsError(error, 'Cannot read this directory.') });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(full, files, problems, seen);
    } else if (entry.isSymbolicLink()) {
      try {
        const stat = await fs.stat(full);
        if (stat.isDirectory()) await walk(full, files, problems, seen);
        else if (entry.name.toLowerCase().endsWith('.md')) files.add(full);
      } catch (error) {
        problems.push({ path: full, message: describeFsError(error, 'Broken symbolic link.') });
      }
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      files.add(full);
    }
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a file as UTF-8 text, refusing directories, binary files and invalid UTF-8. */
export async function readText(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, message: 'Is a directory, not a file.' };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, message: describeFsError(error, 'Cannot read this file.') };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: 'Looks like a binary file (it contains NUL bytes); skipped.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'Is not valid UTF-8 text; skipped. Save it as UTF-8.' };
  }
}

export function describeFsError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'No such file or directory.';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied.';
    case 'ELOOP':
      return 'Too many levels of symbolic links (a link loop).';
    case 'EISDIR':
      return 'Is a directory, not a file.';
    default:
      return code ? `${fallback} (${code})` : fallback;
  }
}

/** Replaces a file's content atomically: a temporary file in the same folder, then a rename. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const mode = (await fs.stat(file)).mode;
  try {
    await fs.writeFile(temporary, text, { encoding: 'utf8', mode });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
