// Runs the engine in a worker thread, so checking a long document never holds up the extension host.
import { parentPort } from 'node:worker_threads';
import { Linter, type Config } from '../engine/index';

const linter = new Linter();
const configs = new Map<string, Config>();

parentPort?.on('message', (request: { id: number; text: string; config: Config }) => {
  try {
    // Reuse one Config object per distinct configuration: the engine caches its work per object.
    const key = JSON.stringify(request.config);
    let config = configs.get(key);
    if (!config) {
      config = request.config;
      configs.set(key, config);
    }
    parentPort!.postMessage({ id: request.id, result: linter.lint(request.text, { config }) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
