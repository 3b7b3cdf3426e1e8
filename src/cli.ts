import { parseArgs } from 'node:util';
import { check } from './cli/check';
import { render } from './cli/render';
import packageJson from '../package.json';

const USAGE = `Usage: incident-comms check [paths, directories or globs...] [options]
       incident-comms render FILE --as status-page|email|text [--out FILE] [--max-length N]

check: checks incident communications written in Markdown. Directories are searched for *.md files.
render: shows a document as its reader will see it (internal notes and comments removed).

Options for check:
  --format <text|json|sarif>  Output format (default: text)
  --config <file>             Use this configuration instead of the nearest .incident-comms.yaml
  --max-warnings <n>          Exit with 1 when there are more than n warnings
  --fix                       Apply safe fixes in place
  --no-color                  Plain text output
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no problems at error level, 1 errors or too many warnings, 2 usage or configuration error.`;

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

function usageError(message: string): number {
  io.err(`incident-comms: ${message}\n\n${USAGE}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        as: { type: 'string' },
        out: { type: 'string' },
        'max-length': { type: 'string' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(packageJson.version);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command === 'render') {
    if (paths.length !== 1) return usageError('render needs exactly one file.');
    const view = values.as ?? 'status-page';
    if (view !== 'status-page' && view !== 'email' && view !== 'text') return usageError(`--as must be status-page, email or text, not “${view}”.`);
    let maxLength: number | undefined;
    if (values['max-length'] !== undefined) {
      maxLength = Number(values['max-length']);
      if (!Number.isInteger(maxLength) || maxLength < 1) return usageError(`--max-length needs a whole number of 1 or more, not “${values['max-length']}”.`);
    }
    return render({ file: paths[0]!, view, ...(values.out ? { out: values.out } : {}), ...(maxLength !== undefined ? { maxLength } : {}), cwd: process.cwd() }, io);
  }
  if (command !== 'check') return usageError(command ? `unknown command “${command}”.` : 'no command given.');
  if (paths.length === 0) return usageError('check needs at least one path, directory or glob.');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return usageError(`--format must be text, json or sarif, not “${format}”.`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usageError(`--max-warnings needs a whole number of 0 or more, not “${values['max-warnings']}”.`);
  }
  const color = values['no-color'] ? false : values.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR);
  return check({ paths, format, config: values.config, maxWarnings, fix: values.fix ?? false, color, cwd: process.cwd(), version: packageJson.version }, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`incident-comms: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
