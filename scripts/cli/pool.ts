/**
 * Runs one task over many pages in child processes, one per core, and hands the rows back
 * in input order. jsdom is slow and single-threaded; a child also bounds the damage of a
 * pathological page: one that crashes its process or runs past the time limit becomes
 * that page's error row, and a fresh child takes over.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { KB_DIR } from '../../src/knowledge/load-files.ts';
import type { PageInput } from './inputs.ts';
import type { Row, Task } from './tasks.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Inside node_modules so the bundle's package imports resolve; ignored by git. */
const BUNDLE_DIR = fileURLToPath(new URL('../../node_modules/.cache/gloss/', import.meta.url));

/**
 * The worker as one plain ES module (esbuild, packages left external), run by plain node.
 * Under tsx's loader, jsdom's parser (parse5) is itself transformed and parses pages about a
 * third slower; every page of a corpus goes through it twice. Falls back to tsx if esbuild
 * (a dependency of vite and tsx) cannot build.
 */
async function workerModule(): Promise<{ path: string; execArgv?: string[]; dispose(): void }> {
  // One file per run: two runs at once (or a rebuild mid-run) never share a bundle.
  const outfile = `${BUNDLE_DIR}worker-${process.pid}.mjs`;
  try {
    const { build } = await import('esbuild');
    mkdirSync(BUNDLE_DIR, { recursive: true });
    await build({ entryPoints: [WORKER], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' });
    return { path: outfile, execArgv: [], dispose: () => rmSync(outfile, { force: true }) };
  } catch {
    return { path: WORKER, dispose: () => undefined };
  }
}

/** A page that takes longer than this under jsdom is reported, not waited for. */
export const PAGE_TIMEOUT_MS = 120_000;

export interface PoolOptions {
  workers?: number;
  timeoutMs?: number;
  /** Input indexes in the order to start them (default: input order). Rows still come
   *  back in input order. Biggest pages first keeps both workers busy to the end. */
  order?: readonly number[];
  /** Called with each row, in input order. */
  onRow(row: Row, index: number): void;
  /** Called as pages finish, in any order, with how many have. */
  onProgress?(finished: number): void;
}

export async function runPool(task: Task, inputs: readonly PageInput[], options: PoolOptions): Promise<void> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), inputs.length));
  const timeoutMs = options.timeoutMs ?? PAGE_TIMEOUT_MS;
  const worker = await workerModule();
  const order = options.order ?? inputs.map((_, i) => i);
  const done = new Map<number, Row>();
  let next = 0;
  let emitted = 0;

  let finished = 0;
  const emit = (index: number, row: Row) => {
    options.onProgress?.(++finished);
    done.set(index, row);
    while (done.has(emitted)) {
      options.onRow(done.get(emitted)!, emitted);
      done.delete(emitted++);
    }
  };

  const runWorker = () => new Promise<void>((resolve) => {
    let child: ChildProcess | null = null;
    let current = -1;
    let timer: NodeJS.Timeout | undefined;

    const spawn = () => {
      // Without execArgv the child inherits this process's, so tsx's loader runs the worker.
      child = fork(worker.path, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { ...process.env, GLOSS_KB_DIR: KB_DIR }, ...(worker.execArgv ? { execArgv: worker.execArgv } : {}) });
      child.on('message', (msg: { index: number; row: Row }) => {
        if (msg.index !== current) return;
        clearTimeout(timer);
        emit(current, msg.row);
        feed();
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current < 0) return;
        const lost = current;
        current = -1;
        emit(lost, { id: inputs[lost]!.id, error: `worker stopped (${signal ?? `exit ${code}`}) on this page` });
        spawn();
        feed();
      });
    };

    const feed = () => {
      if (next >= order.length) {
        current = -1;
        child?.removeAllListeners('exit');
        child?.kill();
        return resolve();
      }
      current = order[next++]!;
      timer = setTimeout(() => {
        const lost = current;
        current = -1;
        child?.removeAllListeners('exit');
        child?.kill('SIGKILL');
        emit(lost, { id: inputs[lost]!.id, error: `timed out after ${timeoutMs / 1000} s` });
        spawn();
        feed();
      }, timeoutMs);
      child!.send({ index: current, task, input: inputs[current] });
    };

    spawn();
    feed();
  });

  try {
    await Promise.all(Array.from({ length: workers }, runWorker));
  } finally {
    worker.dispose();
  }
}
