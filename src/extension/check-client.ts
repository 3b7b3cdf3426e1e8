import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { Linter, type Config, type DetailedLintResult } from '../engine/index';

interface Pending {
  resolve: (result: DetailedLintResult) => void;
  reject: (error: Error) => void;
}

/**
 * Checks documents in a worker thread. If the worker cannot start or dies, it checks in the extension
 * host instead and says so in the output channel.
 */
export class CheckClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly fallback = new Linter();

  constructor(
    private readonly script: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.start();
  }

  /** Checks in the worker; if it is gone or fails on this text, checks here instead. Never rejects. */
  async lint(text: string, config: Config): Promise<DetailedLintResult> {
    const worker = this.worker;
    if (!worker) return this.fallback.lint(text, { config });
    const id = this.nextId++;
    try {
      return await new Promise<DetailedLintResult>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, config });
      });
    } catch {
      return this.fallback.lint(text, { config });
    }
  }

  private start(): void {
    try {
      const worker = new Worker(this.script);
      worker.on('message', (message: { id: number; result?: DetailedLintResult; error?: string }) => {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (message.result) pending.resolve(message.result);
        else pending.reject(new Error(message.error ?? 'unknown error'));
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && this.worker === worker) this.fail(new Error(`worker exited with code ${code}`));
      });
      worker.unref();
      this.worker = worker;
    } catch (error) {
      this.fail(error as Error);
    }
  }

  private fail(error: Error): void {
    this.log.error(`The checking worker stopped (${error.message}); checking in the extension host instead.`);
    this.worker = undefined;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(error);
    }
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
