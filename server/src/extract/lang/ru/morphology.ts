/**
 * Russian case endings, undone: the nominatives a declined word may stand for. Names, states,
 * cities and institutions are looked up by their nominative, so "Захаровой", "России" and
 * "Кремле" find "Захарова", "Россия" and "Кремль". Each reading carries its gender and case, so
 * the words of one name can be read in the same case ("Марии Захаровой", "Сергея Лаврова").
 */

export type CaseTag =
  | 'nom'
  | 'm.gen'
  | 'm.dat'
  | 'm.ins'
  | 'm.pre'
  | 'f.gen'
  | 'f.dat'
  | 'f.acc'
  | 'f.ins'
  | 'f.pre'
  | 'pl';

export interface Reading {
  /** Lower case, ё as е. */
  stem: string;
  tag: CaseTag;
}

const M_CASES = ['m.gen', 'm.dat', 'm.ins', 'm.pre'] as const;
const F_CASES = ['f.gen', 'f.dat', 'f.acc', 'f.ins', 'f.pre'] as const;
export const CASE_TAGS: readonly CaseTag[] = ['nom', ...M_CASES, ...F_CASES, 'pl'];

/** [ending, replacement, tags]: longest endings first is not needed, every rule is tried. */
const RULES: [string, string, CaseTag[]][] = [
  // Masculine nouns and surnames on a consonant: Лавров, Мурат, Казахстан, Сеул.
  ['а', '', ['m.gen']],
  ['у', '', ['m.dat']],
  ['ом', '', ['m.ins']],
  ['ым', '', ['m.ins']],
  ['е', '', ['m.pre']],
  // Neuter on -о (министерство, ведомство): declined like the masculine.
  ['а', 'о', ['m.gen']],
  ['у', 'о', ['m.dat']],
  ['ом', 'о', ['m.ins']],
  ['е', 'о', ['m.pre']],
  // On -й (Сергей, Андрей) and -ий (Дмитрий, Врублевский).
  ['я', 'й', ['m.gen']],
  ['ю', 'й', ['m.dat']],
  ['ем', 'й', ['m.ins']],
  ['е', 'й', ['m.pre']],
  ['ия', 'ий', ['m.gen']],
  ['ию', 'ий', ['m.dat']],
  ['ием', 'ий', ['m.ins']],
  ['ии', 'ий', ['m.pre']],
  // On -ь (Игорь, Кремль).
  ['я', 'ь', ['m.gen']],
  ['ю', 'ь', ['m.dat']],
  ['ем', 'ь', ['m.ins']],
  ['е', 'ь', ['m.pre']],
  // Adjectives and surnames in -ский, -ый: российского, Врублевским.
  ['ого', 'ий', ['m.gen']],
  ['ого', 'ый', ['m.gen']],
  ['ому', 'ий', ['m.dat']],
  ['ому', 'ый', ['m.dat']],
  ['им', 'ий', ['m.ins']],
  ['ым', 'ый', ['m.ins']],
  ['ом', 'ий', ['m.pre']],
  ['ом', 'ый', ['m.pre']],
  // Feminine on -а (Захарова, Москва) and -я (Корея, Мария, Россия).
  ['ой', 'а', ['f.gen', 'f.dat', 'f.ins', 'f.pre']],
  ['ы', 'а', ['f.gen']],
  ['и', 'а', ['f.gen']],
  ['е', 'а', ['f.dat', 'f.pre']],
  ['у', 'а', ['f.acc']],
  ['и', 'я', ['f.gen']],
  ['е', 'я', ['f.dat', 'f.pre']],
  ['ю', 'я', ['f.acc']],
  ['ей', 'я', ['f.ins']],
  ['ии', 'ия', ['f.gen', 'f.dat', 'f.pre']],
  ['ию', 'ия', ['f.acc']],
  ['ией', 'ия', ['f.ins']],
  ['и', 'ь', ['f.gen', 'f.dat', 'f.pre']],
  ['ой', 'ая', ['f.gen', 'f.dat', 'f.ins', 'f.pre']],
  ['ую', 'ая', ['f.acc']],
  // Plurals: Соединенных Штатов, Объединенных Арабских Эмиратах.
  ['ых', 'ые', ['pl']],
  ['их', 'ие', ['pl']],
  ['ым', 'ые', ['pl']],
  ['ов', 'ы', ['pl']],
  ['ам', 'ы', ['pl']],
  ['ах', 'ы', ['pl']],
];

/** After these letters Russian spells the genitive -и, not -ы (Кореи aside: Ольги, Казани). */
const VELAR_OR_HUSH = /[гкхжчшщ]$/;
const MIN_STEM = 2;
const memo = new Map<string, Reading[]>();
const MEMO_MAX = 50_000;

/** Every reading of a word, its own form first (as a nominative). */
export function readings(lower: string): Reading[] {
  const cached = memo.get(lower);
  if (cached) return cached;
  const found: Reading[] = [{ stem: lower, tag: 'nom' }];
  for (const [ending, replacement, tags] of RULES) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_STEM) continue;
    const base = lower.slice(0, lower.length - ending.length);
    if (ending === 'и' && replacement === 'а' && !VELAR_OR_HUSH.test(base)) continue;
    if (ending === 'ы' && VELAR_OR_HUSH.test(base)) continue;
    for (const tag of tags) found.push({ stem: base + replacement, tag });
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(lower, found);
  return found;
}

/** The distinct stems a word may be the form of. */
export function stems(lower: string): string[] {
  let found = stemMemo.get(lower);
  if (!found) {
    found = [...new Set(readings(lower).map((r) => r.stem))];
    if (stemMemo.size >= MEMO_MAX) stemMemo.clear();
    stemMemo.set(lower, found);
  }
  return found;
}
const stemMemo = new Map<string, string[]>();

/** Endings no nominative of a name has: "Муратом", "Лавровым", "российского". */
const OBLIQUE_ONLY = /(?:ом|ем|ым|им|ого|ому|ую|ией|..ой)$/;
/** Names ending so are not declined: Руденко, Нуртлеу, Мацуно, Ли. */
const INDECLINABLE = /[оуеиюэ]$/;

/** The case of a tag without its gender: "gen" for m.gen and f.gen. */
export const caseOf = (tag: CaseTag): string => tag.replace(/^[mf]\./, '');

export const genderOf = (tag: CaseTag): 'm' | 'f' | undefined =>
  tag.startsWith('m.') ? 'm' : tag.startsWith('f.') ? 'f' : undefined;

/**
 * The readings of a name's words in one case: the case that explains most words, a given name
 * from the lexicon deciding the gender ("Сергея" is Сергей's, so "Лаврова" is Лавров's).
 */
export function nameReadings(
  words: string[],
  givenName: (stem: string) => 'm' | 'f' | undefined,
  /** The case of a title before the name, which the name agrees with ("послом … Алексеем"). */
  titleCase?: string,
): { stems: string[]; tag: CaseTag }[] {
  const scored: { stems: string[]; tag: CaseTag; score: number }[] = [];
  for (const tag of CASE_TAGS) {
    if (tag === 'pl') continue;
    let score = 0;
    const chosen: string[] = [];
    for (const [k, word] of words.entries()) {
      const reading = readings(word).find(
        (r) => r.tag === tag && (tag !== 'nom' || !OBLIQUE_ONLY.test(word)),
      );
      if (reading) {
        score += 2;
        chosen.push(reading.stem);
        const gender = k === 0 && words.length > 1 ? givenName(reading.stem) : undefined;
        if (gender && (tag === 'nom' || gender === genderOf(tag))) score += 2;
      } else if (INDECLINABLE.test(word)) {
        score += 1;
        chosen.push(word);
      } else {
        score = -1;
        break;
      }
    }
    if (score > 0 && titleCase !== undefined && caseOf(tag) === titleCase) score += 1;
    if (score > 0) scored.push({ stems: chosen, tag, score });
  }
  // A stable sort keeps the order of CASE_TAGS among equals: the nominative first.
  return scored.sort((a, b) => b.score - a.score).map(({ stems: s, tag }) => ({ stems: s, tag }));
}
