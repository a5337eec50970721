import type { Logger } from './logger';

/** Past this a close that hangs no longer holds the process (Neo4j's own stop turns to SIGKILL at 30 s). */
const SHUTDOWN_DEADLINE_MS = 45_000;

export type Shutdown = {
  /** Something to close on the way out; closed in the reverse order they were added. */
  add(close: () => void | Promise<void>): void;
  /** Closes everything once, then exits with `code`. */
  stop(reason: string, code: number): Promise<void>;
};

/** A process that stops cleanly on SIGINT (Ctrl-C) and SIGTERM (kill, service managers). */
export function handleShutdown(logger: Logger): Shutdown {
  const closers: (() => void | Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  const stop = (reason: string, code: number) => {
    stopping ??= (async () => {
      logger.info(`${reason}, stopping`);
      setTimeout(() => process.exit(code), SHUTDOWN_DEADLINE_MS).unref();
      for (const close of closers.reverse()) {
        try {
          await close();
        } catch (err) {
          logger.warn(`While stopping: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      logger.info('Stopped');
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void stop(`${signal} received`, 0));
  return { add: (close) => closers.push(close), stop };
}
