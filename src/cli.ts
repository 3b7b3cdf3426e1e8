import { parseArgs } from 'node:util';
import { check } from './cli/check';
import packageJson from '../package.json';

const USAGE = `Usage: incident-comms check [paths, directories or globs...] [options]

Checks incident communications written in Markdown. Directories are searched for *.md files.

Options:
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
