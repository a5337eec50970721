/**
 * Names compared as the news sets' reference scorer (`score.mjs`) compares them: case, diacritics,
 * punctuation, bracketed notes and titles ignored; a few country phrases folded to one token; each
 * token of the shorter name near a token of the longer (edit distance up to a quarter of its length).
 */
const PHRASES: [RegExp, string][] = [
  [/republic of korea|south korean?|\bseoul\b|\brok\b/g, ' southkorea '],
  [/democratic people'?s republic of korea|north korean?|pyongyang|\bdprk\b/g, ' northkorea '],
  [/russian federation|russian?|moscow|kremlin/g, ' russia '],
  [/united states|\bu\.?s\.?\b|washington|american/g, ' usa '],
];
const STOP = new Set(['of', 'the', 'and', 'mr', 'ms', 'dr', 'side', 'in', 'talks']);

function tokens(name: string): string[] {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ');
  for (const [pattern, to] of PHRASES) s = s.replace(pattern, to);
  return s.split(/[^a-z0-9]+/).filter((t) => t.length > 1 && !STOP.has(t));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] ?? 0;
}

const near = (a: string, b: string) =>
  a === b ||
  (Math.min(a.length, b.length) >= 4 &&
    editDistance(a, b) <= Math.floor(Math.max(a.length, b.length) / 4));

export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [shorter, longer] = [tokens(a), tokens(b)].sort((p, q) => p.length - q.length) as [
    string[],
    string[],
  ];
  return shorter.length > 0 && shorter.every((t) => longer.some((u) => near(t, u)));
}
