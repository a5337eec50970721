import cliProgress from 'cli-progress';

/** A progress bar on stderr with a rate, for long CLI work. */
export function progressBar(label: string, total: number, unit: string) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate}/s | eta {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedMs = Date.now();
  bar.start(total, 0, { rate: 0 });
  return {
    update(done: number) {
      const seconds = (Date.now() - startedMs) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    stop: () => bar.stop(),
  };
}
