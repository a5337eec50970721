import { parentPort } from 'node:worker_threads';
import { KnownEntityIndex } from '../extract/entities/known-entities';
import { extractArticle, UnsupportedLanguageError } from '../extract/extract-article';
import type { ExtractionAnswer, ExtractionJob } from './extraction-protocol';

/** Runs in a worker thread of the extraction pool: one article at a time, off the server's event loop. */
const port = parentPort!;
let known = { version: -1, index: new KnownEntityIndex([]) };

function answer(job: ExtractionJob): ExtractionAnswer {
  if (job.known) known = { version: job.knownVersion, index: new KnownEntityIndex(job.known) };
  try {
    return { id: job.id, extraction: extractArticle(job.input, known.index) };
  } catch (err) {
    if (err instanceof UnsupportedLanguageError)
      return { id: job.id, unsupportedLanguage: err.message };
    return { id: job.id, failure: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

port.on('message', (job: ExtractionJob) => port.postMessage(answer(job)));
port.postMessage('ready');
