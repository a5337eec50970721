import fs from 'node:fs';

function existingResults(file: string): object {
  if (!fs.existsSync(file)) return {};
  try {
    const existing: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof existing === 'object' && existing !== null) return existing;
  } catch {
    // Reported below: the new results are worth more than a broken file.
  }
  console.error(`${file} held no results object; writing the new results alone`);
  return {};
}

/** Puts one part's results into the results file, keeping what the other parts wrote there. */
export function mergeIntoResults(file: string, key: string, value: unknown): void {
  const report = { ...existingResults(file), [key]: value };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
