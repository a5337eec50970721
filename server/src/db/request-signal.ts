import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

const requestSignals = new AsyncLocalStorage<AbortSignal>();
const SIGNAL_KEY = 'parleyAbortSignal';

/**
 * The signal of the HTTP request being served, if any: aborted once its client has gone away
 * before the answer was sent, so the database layer can cancel what the request still runs.
 */
export const currentRequestSignal = (): AbortSignal | undefined => requestSignals.getStore();

/**
 * Binds the request's signal to everything that runs after this middleware. Used again after a
 * body parser: its callback runs in the socket's context, not the request's.
 */
export const cancelOnClientGone: RequestHandler = (_req, res, next) => {
  let signal = res.locals[SIGNAL_KEY] as AbortSignal | undefined;
  if (!signal) {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    signal = controller.signal;
    res.locals[SIGNAL_KEY] = signal;
  }
  requestSignals.run(signal, next);
};
