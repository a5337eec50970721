import { decompose, FINAL_SOUNDS, INITIAL, MEDIAL, type Syllable } from './hangul';

/*
 * Hangul in Latin letters by the habit of the people named: South Korean given names as the
 * English press spells them (석 suk, 현 hyun, 훈 hoon), North Korean ones as Pyongyang does
 * (여정 yo-jong), Chinese names back to pinyin (싱하이밍 Xing Haiming), Japanese names to Hepburn
 * (시게루 Shigeru), other foreign names back to their Latin sound (자하로바 Zakharova, 라브로프
 * Lavrov). Each syllable gives its spellings, the usual first, so a name can be tried against
 * the graph in the other spellings too.
 */

export type Convention = 'south' | 'north' | 'chinese' | 'japanese' | 'foreign';

interface Place {
  syllable: Syllable;
  previous?: Syllable;
  next?: Syllable;
  /** First syllable of the word (or of the given name). */
  first: boolean;
}

const I = INITIAL;
const M = MEDIAL;

/** Initials before a final ㅣ that English spells -i rather than -y. */
const SIBILANTS = new Set<number>([I.ch, I.j, I.jj, I.s, I.ss]);

/** Vowels that start with a y glide or are i: before them ㅅ is sh (foreign, Japanese) or x (Chinese). */
const PALATAL = new Set<number>([M.i, M.ya, M.yae, M.yeo, M.ye, M.yo, M.yu]);

const RR_MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const RR_INITIALS = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];

type Spell = (place: Place) => string[][];

/** Spellings of each part of a syllable (initial, vowel, final), the usual first. */
const SPELLERS: Record<Convention, Spell> = {
  south: ({ syllable: s }) => [
    s.initial === I.g ? ['k', 'g'] : koreanInitial(s),
    southVowel(s),
    [FINAL_SOUNDS[s.final]!],
  ],
  north: ({ syllable: s, first }) => [
    s.initial === I.g ? (first ? ['k', 'g'] : ['g', 'k']) : koreanInitial(s),
    northVowel(s),
    [FINAL_SOUNDS[s.final]!],
  ],
  chinese: (place) => chinese(place),
  japanese: (place) => japanese(place),
  foreign: (place) => foreign(place),
};

function koreanInitial(s: Syllable): string[] {
  if (s.initial === I.r) return ['r', 'l'];
  if (s.initial === I.s && PALATAL.has(s.medial)) return ['s', 'sh'];
  return [RR_INITIALS[s.initial]!];
}

function southVowel(s: Syllable): string[] {
  const closed = s.final !== 0;
  switch (s.medial) {
    case M.eo:
      return closed ? ['u', 'eo'] : ['eo', 'u'];
    case M.yeo:
      return closed ? ['yu', 'yeo'] : ['yeo', 'yu'];
    case M.u:
      return closed && s.final !== 21 ? ['oo', 'u'] : closed ? ['u', 'oo'] : ['oo', 'u'];
    case M.eu:
      return ['eu', 'u'];
    case M.ui:
      // 의 is Eui (Chung Eui-yong), 희 is Hee.
      return s.initial === I.none ? ['eui', 'ui'] : s.initial === I.h ? ['ee', 'ui'] : ['ui', 'ee'];
    default:
      return [RR_MEDIALS[s.medial]!];
  }
}

function northVowel(s: Syllable): string[] {
  switch (s.medial) {
    case M.eo:
      return ['o', 'u'];
    case M.yeo:
      return ['yo', 'yu'];
    case M.eu:
      return ['u', 'eu'];
    default:
      return [RR_MEDIALS[s.medial]!];
  }
}

const CHINESE_GLIDES: Partial<Record<number, string>> = {
  [M.i]: 'yi',
  [M.ya]: 'ya',
  [M.yeo]: 'yan',
  [M.ye]: 'ye',
  [M.yo]: 'yao',
  [M.yu]: 'you',
  [M.u]: 'wu',
  [M.wa]: 'wa',
  [M.wo]: 'wo',
  [M.we]: 'wei',
};
const CHINESE_VOWELS = [
  'a',
  'ai',
  'ia',
  'ia',
  'e',
  'ei',
  'ian',
  'ie',
  'o',
  'ua',
  'uai',
  'ui',
  'iao',
  'u',
  'uo',
  'ui',
  'ui',
  'iu',
  'i',
  'i',
  'i',
];

function chinese({ syllable: s, previous }: Place): string[][] {
  // 쉬, 쥐, 취, 위: Korean writes pinyin ü (xu, ju, qu, yu) with ㅟ.
  const umlaut = s.medial === M.wi;
  const palatal = PALATAL.has(s.medial) || umlaut;
  const initial: Record<number, string[]> = {
    [I.s]: palatal ? ['x'] : ['s', 'sh'],
    [I.ss]: ['s'],
    [I.j]: palatal ? ['j'] : ['zh', 'z'],
    [I.jj]: ['z'],
    [I.ch]: palatal ? ['q'] : ['ch', 'c'],
    [I.r]: ['l', 'r'],
    [I.kk]: ['g'],
    [I.tt]: ['d'],
    [I.pp]: ['b'],
  };
  // 하이, 마오, 저우: a bare vowel after an open syllable is the second half of a diphthong.
  const glide = s.initial === I.none && previous !== undefined && previous.final === 0;
  if (glide && s.final === 0 && (s.medial === M.i || s.medial === M.o || s.medial === M.u))
    return [[''], [s.medial === M.i ? 'i' : s.medial === M.o ? 'o' : 'u'], ['']];
  let vowel =
    s.initial === I.none
      ? umlaut
        ? 'yu'
        : (CHINESE_GLIDES[s.medial] ?? CHINESE_VOWELS[s.medial]!)
      : umlaut
        ? 'u'
        : CHINESE_VOWELS[s.medial]!;
  if (s.final === 21 && s.medial === M.u) vowel = 'o'; // 룽, 중: Chinese -ong
  if (s.final === 4 && vowel.endsWith('an')) vowel = vowel.slice(0, -1);
  const final = s.final === 4 ? 'n' : s.final === 21 ? 'ng' : '';
  return [initial[s.initial] ?? [RR_INITIALS[s.initial]!], [vowel], [final]];
}

function japanese({ syllable: s, first }: Place): string[][] {
  const palatal = PALATAL.has(s.medial);
  const u = s.medial === M.eu || s.medial === M.u;
  const voiceless: Record<number, string> = { [I.g]: 'k', [I.d]: 't', [I.j]: 'j' };
  const initial: Record<number, string[]> = {
    [I.s]: palatal ? ['sh'] : ['s'],
    [I.ss]: ['ts'],
    [I.j]: palatal ? ['j'] : first ? ['j', 'z'] : ['z', 'j'],
    [I.ch]: u ? ['ts'] : ['ch'],
    [I.h]: u ? ['f', 'h'] : ['h'],
    [I.kk]: ['k'],
    [I.tt]: ['t'],
    [I.pp]: ['p'],
  };
  const sibilant = s.initial === I.s || s.initial === I.j || s.initial === I.ch;
  const rr = RR_MEDIALS[s.medial]!;
  const vowel = s.medial === M.eu ? 'u' : palatal && sibilant ? rr.replace(/^y(?=.)/, '') : rr;
  const final = s.final === 4 || s.final === 21 ? 'n' : s.final === 19 ? 't' : '';
  return [
    initial[s.initial] ?? [
      first && voiceless[s.initial] ? voiceless[s.initial]! : RR_INITIALS[s.initial]!,
    ],
    [vowel],
    [final],
  ];
}

function foreign({ syllable: s, previous, next, first }: Place): string[][] {
  const last = next === undefined;
  const open = previous !== undefined && previous.final === 0;
  const epenthetic = s.medial === M.eu && s.final === 0 && s.initial !== I.none;
  const palatal = PALATAL.has(s.medial) && s.medial !== M.i;
  const byInitial: Record<number, string[]> = {
    [I.r]: previous?.final === 8 ? ['l'] : ['r', 'l'],
    [I.b]:
      (last && (s.medial === M.a || epenthetic)) || (epenthetic && !first)
        ? ['v', 'b']
        : ['b', 'v'],
    [I.p]: last && epenthetic ? ['v', 'f', 'p'] : ['p', 'f'],
    [I.s]: palatal ? ['sh'] : open && !epenthetic ? ['ss', 's'] : ['s'],
    [I.ss]: ['s'],
    [I.j]: palatal ? ['zh', 'j'] : ['z', 'j'],
    [I.jj]: ['ts'],
    [I.ch]: epenthetic ? ['ts'] : ['ch', 'ts'],
    [I.h]: open ? ['kh', 'h'] : ['h', 'kh'],
    [I.kk]: ['k'],
    [I.tt]: ['t'],
    [I.pp]: ['p'],
  };
  const initial = byInitial[s.initial] ?? [RR_INITIALS[s.initial]!];
  // 블라디미르: ㅡ with a final ㄹ before another ㄹ writes a consonant cluster (Vla-).
  if (s.medial === M.eu && s.final === 8 && next?.initial === I.r) return [initial, [''], ['']];
  const rr = RR_MEDIALS[s.medial]!;
  let vowel: string[];
  if (epenthetic) vowel = [''];
  else if (s.medial === M.i && s.final === 0 && last && (s.initial !== I.none || open))
    // 토미, 케네디, 젤렌스키, 안드레이: English and Slavic -y; after a sibilant, Persian, Arabic and
    // Italian -i (아락치 Araghchi, 라이시 Raisi).
    vowel = SIBILANTS.has(s.initial) ? ['i', 'y'] : ['y', 'i'];
  else if (palatal && (s.initial === I.s || s.initial === I.j)) vowel = [rr.slice(1)];
  else if (s.medial === M.eo) vowel = ['e', 'o', 'a'];
  else if (s.medial === M.ae) vowel = ['a', 'e', 'ai'];
  else vowel = [rr];
  // 블링컨: a final ㅇ before ㄱ or ㅋ writes the n of "nk", "ng".
  if (s.final === 21 && (next?.initial === I.g || next?.initial === I.k))
    return [initial, vowel, ['n', 'ng']];
  return [initial, vowel, [FINAL_SOUNDS[s.final]!]];
}

/** Above this many spellings of one name, the rarer ones are not tried. */
const MAX_SPELLINGS = 48;

/** The spellings of a Hangul word in one convention, the usual first; other characters kept as they are. */
export function spellWord(word: string, convention: Convention, firstOfName = true): string[] {
  const chars = [...word];
  const syllables = chars.map(decompose);
  let spellings = [''];
  chars.forEach((ch, k) => {
    const syllable = syllables[k];
    if (!syllable) {
      spellings = spellings.map((s) => s + ch);
      return;
    }
    const previous = syllables[k - 1];
    const next = syllables[k + 1];
    const parts = SPELLERS[convention]({
      syllable,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      first: k === 0 && firstOfName,
    });
    for (const options of parts) {
      const grown: string[] = [];
      for (const s of spellings) for (const o of options) grown.push(s + o);
      spellings = grown.slice(0, MAX_SPELLINGS);
    }
  });
  return [...new Set(spellings)];
}
