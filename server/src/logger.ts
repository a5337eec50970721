import pino from 'pino';
import { prettyLogLine } from './log-line';

export type Logger = pino.Logger;

/**
 * Log lines go to stderr, one JSON object a line, or as plain lines when stderr is a terminal;
 * stdout is left to what a command prints for people (the start banner).
 */
export function createLogger(level: string, stream: NodeJS.WriteStream = process.stderr): Logger {
  const destination = stream.isTTY
    ? { write: (line: string) => stream.write(prettyLogLine(line)) }
    : stream;
  return pino({ level, base: undefined, redact: ['req.headers.authorization'] }, destination);
}
