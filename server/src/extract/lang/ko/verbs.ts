/*
 * Korean speech verbs by root, with the English verb of the summary. A root conjugates by its
 * last syllable: 하 (강조했다, 강조하며, 강조합니다), 히 (밝혔다, 밝히며), 이 (덧붙였다).
 */
export interface SpeechVerb {
  gloss: string;
}

const ROOTS: [string, string][] = [
  ['말하', 'said'],
  ['말씀하', 'said'],
  ['밝히', 'stated'],
  ['강조하', 'stressed'],
  ['역설하', 'stressed'],
  ['경고하', 'warned'],
  ['촉구하', 'urged'],
  ['요구하', 'demanded'],
  ['요청하', 'asked'],
  ['당부하', 'asked'],
  ['제안하', 'proposed'],
  ['전하', 'said'],
  ['전달하', 'conveyed'],
  ['지적하', 'pointed out'],
  ['설명하', 'explained'],
  ['언급하', 'mentioned'],
  ['발표하', 'announced'],
  ['답하', 'replied'],
  ['답변하', 'replied'],
  ['덧붙이', 'added'],
  ['주장하', 'claimed'],
  ['확인하', 'confirmed'],
  ['약속하', 'promised'],
  ['다짐하', 'vowed'],
  ['시사하', 'suggested'],
  ['비판하', 'criticized'],
  ['비난하', 'denounced'],
  ['규탄하', 'condemned'],
  ['반박하', 'rebutted'],
  ['평가하', 'assessed'],
  ['항의하', 'protested'],
  ['표명하', 'expressed'],
  ['표하', 'expressed'],
  ['우려하', 'voiced concern'],
  ['희망하', 'hoped'],
  ['기대하', 'hoped'],
  ['환영하', 'welcomed'],
  ['질문하', 'asked'],
  ['반문하', 'asked'],
  ['문의하', 'asked'],
];

/** The conjugated openings of a root: 하 → 했/한/합/하/해, 히 → 혔/힌/힙/히/혀, 이 → 였/인/입/이/여. */
const FORMS: Record<string, string> = { 하: '했한합하해', 히: '혔힌힙히혀', 이: '였인입이여' };

const PATTERNS: [RegExp, SpeechVerb][] = [
  ...ROOTS.map(([root, gloss]): [RegExp, SpeechVerb] => {
    const head = root.slice(0, -1);
    const forms = FORMS[root.slice(-1)]!;
    return [new RegExp(`^${head}[${forms}]`), { gloss }];
  }),
  // 묻다 conjugates irregularly: 물었다, 묻자, 물어, 되물었다.
  [/^(?:되)?(?:묻[자고는다]|물었|물어)/, { gloss: 'asked' }],
];

/** How the verb's word ends: the sentence's own report, a clause joined to the next, or a modifier of a noun. */
export type VerbForm = 'finite' | 'connective' | 'adnominal' | 'reported';

export function verbForm(word: string): VerbForm {
  if (/다고$|라고$/.test(word)) return 'reported';
  if (/(?:다|니다|요)$/.test(word)) return 'finite';
  if (/(?:고|며|면서|서|해|혀|여|지만|자)$/.test(word)) return 'connective';
  return 'adnominal';
}

const memo = new Map<string, SpeechVerb | null>();
const MEMO_MAX_ENTRIES = 10_000;

export function speechVerb(word: string): SpeechVerb | undefined {
  let found = memo.get(word);
  if (found === undefined) {
    found = PATTERNS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(word, found);
  }
  return found ?? undefined;
}
