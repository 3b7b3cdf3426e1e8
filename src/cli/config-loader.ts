import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseConfig, type Config, type ConfigProblem } from '../engine/index';

export const CONFIG_NAMES = ['.incident-comms.yaml', '.incident-comms.yml', '.incident-comms.json'];

export interface ResolvedConfig {
  config: Config;
  /** The file it came from, if any. */
  file?: string;
  problems: ConfigProblem[];
}

/** Finds the nearest configuration file walking up from a folder; caches per folder. */
export class ConfigLoader {
  private readonly byDirectory = new Map<string, Promise<ResolvedConfig>>();
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();

  constructor(private readonly explicit?: string) {}

  forDocument(file: string): Promise<ResolvedConfig> {
    if (this.explicit) return this.load(this.explicit);
    return this.forDirectory(path.dirname(file));
  }

  private forDirectory(directory: string): Promise<ResolvedConfig> {
    let pending = this.byDirectory.get(directory);
    if (!pending) {
      pending = this.find(directory);
      this.byDirectory.set(directory, pending);
    }
    return pending;
  }

  private async find(directory: string): Promise<ResolvedConfig> {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(directory, name);
      try {
        if ((await fs.stat(candidate)).isFile()) return this.load(candidate);
      } catch {
        // Not here: keep looking.
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) return { config: {}, problems: [] };
    return this.forDirectory(parent);
  }

  load(file: string): Promise<ResolvedConfig> {
    let pending = this.byFile.get(file);
    if (!pending) {
      pending = (async () => {
        let text: string;
        try {
          text = await fs.readFile(file, 'utf8');
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          return { config: {}, file, problems: [{ message: code === 'ENOENT' ? 'Configuration file not found.' : `Cannot read the configuration file (${code ?? 'error'}).`, line: 1, column: 1 }] };
        }
        const loaded = parseConfig(text);
        return { config: loaded.config, file, problems: loaded.problems };
      })();
      this.byFile.set(file, pending);
    }
    return pending;
  }
}
