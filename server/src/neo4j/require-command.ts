import fs from 'node:fs';
import path from 'node:path';

function isOnPath(command: string): boolean {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Fails early with an actionable message instead of a bare ENOENT from spawn. */
export function requireCommand(command: string, missingMessage: string): void {
  if (!isOnPath(command)) throw new Error(missingMessage);
}
