// Bundles the CLI (and, when present, the extension) with esbuild.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

// Some dependencies are ESM and read import.meta.url; in a CommonJS bundle it comes from __filename.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: true,
  define: { 'import.meta.url': '__importMetaUrl' },
};

await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } });
// `npx incident-comms` runs the file itself: a rebuild (npm test) writes it anew, without the executable bit.
chmodSync('dist/cli.js', 0o755);
if (existsSync('src/extension/extension.ts')) {
  await build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: importMetaUrl } });
  await build({ ...common, entryPoints: ['src/extension/check-worker.ts'], outfile: 'dist/check-worker.js', banner: { js: importMetaUrl } });
}
