/*
 * Korean speech verbs by root, with the English verb of the summary. A root conjugates by its
 * last syllable: 하 (강조했다, 강조하며, 강조합니다), 히 (밝혔다, 밝히며), 이 (덧붙였다).
 */
export type VerbClass = 'say' | 'appeal' | 'express' | 'evaluate';

export interface SpeechVerb {
  gloss: string;
  cls: VerbClass;
}

const ROOTS: [string, SpeechVerb][] = [
  ['말하', { gloss: 'said', cls: 'say' }],
  ['말씀하', { gloss: 'said', cls: 'say' }],
  ['밝히', { gloss: 'stated', cls: 'say' }],
  ['강조하', { gloss: 'stressed', cls: 'say' }],
  ['역설하', { gloss: 'stressed', cls: 'say' }],
  ['경고하', { gloss: 'warned', cls: 'appeal' }],
  ['촉구하', { gloss: 'urged', cls: 'appeal' }],
  ['요구하', { gloss: 'demanded', cls: 'appeal' }],
  ['요청하', { gloss: 'asked', cls: 'appeal' }],
  ['당부하', { gloss: 'asked', cls: 'appeal' }],
  ['제안하', { gloss: 'proposed', cls: 'appeal' }],
  ['전하', { gloss: 'said', cls: 'say' }],
  ['전달하', { gloss: 'conveyed', cls: 'say' }],
  ['지적하', { gloss: 'pointed out', cls: 'say' }],
  ['설명하', { gloss: 'explained', cls: 'say' }],
  ['언급하', { gloss: 'mentioned', cls: 'say' }],
  ['발표하', { gloss: 'announced', cls: 'say' }],
  ['답하', { gloss: 'replied', cls: 'say' }],
  ['답변하', { gloss: 'replied', cls: 'say' }],
  ['덧붙이', { gloss: 'added', cls: 'say' }],
  ['주장하', { gloss: 'claimed', cls: 'say' }],
  ['확인하', { gloss: 'confirmed', cls: 'say' }],
  ['약속하', { gloss: 'promised', cls: 'say' }],
  ['다짐하', { gloss: 'vowed', cls: 'say' }],
  ['시사하', { gloss: 'suggested', cls: 'say' }],
  ['비판하', { gloss: 'criticized', cls: 'evaluate' }],
  ['비난하', { gloss: 'denounced', cls: 'evaluate' }],
  ['규탄하', { gloss: 'condemned', cls: 'evaluate' }],
  ['반박하', { gloss: 'rebutted', cls: 'evaluate' }],
  ['평가하', { gloss: 'assessed', cls: 'evaluate' }],
  ['항의하', { gloss: 'protested', cls: 'evaluate' }],
  ['표명하', { gloss: 'expressed', cls: 'express' }],
  ['표하', { gloss: 'expressed', cls: 'express' }],
  ['우려하', { gloss: 'voiced concern', cls: 'express' }],
  ['희망하', { gloss: 'hoped', cls: 'express' }],
  ['기대하', { gloss: 'hoped', cls: 'express' }],
  ['환영하', { gloss: 'welcomed', cls: 'express' }],
];

/** The conjugated openings of a root: 하 → 했/한/합/하/해, 히 → 혔/힌/힙/히/혀, 이 → 였/인/입/이/여. */
const FORMS: Record<string, string> = { 하: '했한합하해', 히: '혔힌힙히혀', 이: '였인입이여' };

const PATTERNS: [RegExp, SpeechVerb][] = ROOTS.map(([root, verb]) => {
  const head = root.slice(0, -1);
  const forms = FORMS[root.slice(-1)]!;
  return [new RegExp(`^${head}[${forms}]`), verb];
});

/** How the verb's word ends: the sentence's own report, a clause joined to the next, or a modifier of a noun. */
export type VerbForm = 'finite' | 'connective' | 'adnominal' | 'reported';

export function verbForm(word: string): VerbForm {
  if (/다고$|라고$/.test(word)) return 'reported';
  if (/(?:다|니다|요)$/.test(word)) return 'finite';
  if (/(?:고|며|면서|서|해|혀|여|지만)$/.test(word)) return 'connective';
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
