import { parseArgs, type ParseArgsConfig } from 'node:util';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;
type ParsedFlags<O extends FlagOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: boolean }>
>;

/** Exit code of a command-line tool called the wrong way, as in POSIX utilities. */
export const USAGE_EXIT_CODE = 2;

/**
 * Reads a command's flags strictly: `--help` prints the usage and exits; an unknown flag, a
 * missing value or, unless `positionals` is set, a stray argument prints what is wrong and the
 * usage, and exits with code 2 before the command does anything.
 */
export function readCliFlags<const O extends FlagOptions>(
  usage: string,
  options: O,
  { positionals = false }: { positionals?: boolean } = {},
): ParsedFlags<O> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(USAGE_EXIT_CODE);
  }
}
