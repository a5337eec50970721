/** pino's numeric levels, as a person reads them. */
const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

const OMITTED = new Set(['level', 'time', 'msg']);

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23);

/**
 * One JSON log line as a person in a terminal reads it: time, level, message, then the other
 * fields as key=value. A line that is not JSON passes through as it came.
 */
export function prettyLogLine(jsonLine: string): string {
  let entry: unknown;
  try {
    entry = JSON.parse(jsonLine);
  } catch {
    return jsonLine;
  }
  if (typeof entry !== 'object' || entry === null) return jsonLine;
  const fields = entry as Record<string, unknown>;
  const level = LEVEL_NAMES[Number(fields.level)] ?? String(fields.level);
  const time = typeof fields.time === 'number' ? clock(fields.time) : '';
  const rest = Object.entries(fields)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return `${[time, level.padEnd(5), String(fields.msg ?? ''), ...rest].filter(Boolean).join(' ')}\n`;
}
