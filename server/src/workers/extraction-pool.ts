import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { KnownEntityIndex } from '../extract/entities/known-entities';
import {
  UnsupportedLanguageError,
  type ArticleInput,
  type Extraction,
} from '../extract/extract-article';
import type { ExtractionAnswer, ExtractionJob } from './extraction-protocol';
import { startTsWorker } from './ts-worker';

/** The article was being read when its time cap ran out; its worker was stopped. */
export class ExtractionTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Reading the article took longer than ${timeoutMs} ms`);
  }
}

/** More articles wait than the pool queues, or none of the workers was free before the time cap. */
export class ExtractionBusyError extends Error {}

/**
 * An article to read. Its time cap counts from when it was handed to the pool, waiting included,
 * so an answer never comes later than the cap; `running` is the job id once a worker has it.
 */
type Job = {
  input: ArticleInput;
  known: KnownEntityIndex;
  resolve: (extraction: Extraction) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
  running?: number;
};

/** A worker is ready once its modules are loaded; only then is it given an article. */
type Slot = { worker: Worker; ready: boolean; knownVersion: number; job?: Job };

export type ExtractionPoolOptions = {
  /** Worker threads; by default one fewer than the cores (at least one), so the server keeps one. */
  size?: number;
  /** Articles that may wait for a worker; more are refused with ExtractionBusyError. */
  maxWaiting?: number;
};

const WORKER_MODULE = new URL('./extraction-worker.ts', import.meta.url);

/**
 * Extraction in worker threads: the server's event loop never runs it, so health checks and
 * reads answer while an article is read. Each article has a time cap; a worker over it is
 * terminated (its regexes cannot be interrupted otherwise) and replaced.
 */
export class ExtractionPool {
  private readonly slots: (Slot | undefined)[];
  private readonly waiting: Job[] = [];
  private closed = false;
  private readonly versions = new WeakMap<KnownEntityIndex, number>();
  private nextVersion = 0;
  private nextJobId = 0;
  private readonly maxWaiting: number;

  constructor(options: ExtractionPoolOptions = {}) {
    const size = options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.slots = Array.from({ length: size }, () => undefined);
    this.maxWaiting = options.maxWaiting ?? 16;
  }

  extract(input: ArticleInput, known: KnownEntityIndex, timeoutMs: number): Promise<Extraction> {
    if (this.waiting.length >= this.maxWaiting)
      return Promise.reject(
        new ExtractionBusyError(`${this.waiting.length} articles are already waiting to be read`),
      );
    return new Promise((resolve, reject) => {
      const job: Job = {
        input,
        known,
        resolve,
        reject,
        timer: setTimeout(() => this.overTime(job, timeoutMs), timeoutMs),
      };
      this.waiting.push(job);
      this.dispatch();
    });
  }

  /** Starts every worker now rather than at the first article, which would otherwise wait for them to load. */
  warm(): void {
    for (let i = 0; i < this.slots.length; i++) this.slots[i] ??= this.startWorker(i);
  }

  /** Stops every worker; articles still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) {
      clearTimeout(job.timer);
      job.reject(new ExtractionBusyError('shutting down'));
    }
    await Promise.all(
      this.slots.map(async (slot, i) => {
        this.slots[i] = undefined;
        if (!slot) return;
        if (slot.job) {
          clearTimeout(slot.job.timer);
          slot.job.reject(new ExtractionBusyError('shutting down'));
        }
        await slot.worker.terminate();
      }),
    );
  }

  private versionOf(known: KnownEntityIndex): number {
    let version = this.versions.get(known);
    if (version === undefined) this.versions.set(known, (version = this.nextVersion++));
    return version;
  }

  /** The time cap of `job` ran out: refused if it still waits, its worker stopped if it runs. */
  private overTime(job: Job, timeoutMs: number): void {
    const waitingAt = this.waiting.indexOf(job);
    if (waitingAt >= 0) {
      this.waiting.splice(waitingAt, 1);
      job.reject(new ExtractionBusyError(`no worker was free within ${timeoutMs} ms`));
      return;
    }
    const slot = this.slots.findIndex((s) => s?.job === job);
    if (slot >= 0) this.fail(slot, new ExtractionTimeoutError(timeoutMs));
  }

  private dispatch(): void {
    for (let i = 0; i < this.slots.length && this.waiting.length > 0; i++) {
      const slot = (this.slots[i] ??= this.startWorker(i));
      if (!slot.ready || slot.job) continue;
      const job = this.waiting.shift()!;
      const knownVersion = this.versionOf(job.known);
      const id = this.nextJobId++;
      const message: ExtractionJob = {
        id,
        knownVersion,
        input: job.input,
        ...(slot.knownVersion === knownVersion ? {} : { known: job.known.entities }),
      };
      slot.knownVersion = knownVersion;
      job.running = id;
      slot.job = job;
      slot.worker.postMessage(message);
    }
  }

  private startWorker(i: number): Slot {
    const worker = startTsWorker(WORKER_MODULE);
    worker.unref();
    const slot: Slot = { worker, ready: false, knownVersion: -1 };
    worker.on('message', (answer: ExtractionAnswer | 'ready') => {
      if (answer !== 'ready') return this.settle(slot, answer);
      slot.ready = true;
      this.dispatch();
    });
    worker.on('error', (err) => this.fail(i, err));
    worker.on('exit', (code) => {
      if (this.slots[i] === slot)
        this.fail(i, new Error(`extraction worker exited with code ${code}`));
    });
    return slot;
  }

  private settle(slot: Slot, answer: ExtractionAnswer): void {
    const job = slot.job;
    if (job?.running !== answer.id) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    if ('extraction' in answer) job.resolve(answer.extraction);
    else if ('unsupportedLanguage' in answer)
      job.reject(new UnsupportedLanguageError(answer.unsupportedLanguage));
    else job.reject(new Error(`extraction failed: ${answer.failure}`));
    this.dispatch();
  }

  /**
   * The worker of slot `i` is over time or broken: its article fails and a fresh worker takes
   * its place, loaded at once after a time-out (the next article should not wait for it), when
   * next needed after an error (a worker that cannot start should not be started in a loop).
   */
  private fail(i: number, err: Error): void {
    const slot = this.slots[i];
    if (!slot) return;
    this.slots[i] =
      err instanceof ExtractionTimeoutError && !this.closed ? this.startWorker(i) : undefined;
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(err);
    }
    void slot.worker.terminate();
    if (this.waiting.length > 0) this.dispatch();
  }
}
