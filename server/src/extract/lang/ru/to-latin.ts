/**
 * Cyrillic names in Latin letters as English wire copy spells them (BGN/PCGN simplified:
 * Сергей Лавров → Sergey Lavrov, Алексей → Alexey, Дмитрий → Dmitry). Russian writes Korean
 * and Chinese names by their own systems (Ли До Хун, Ван И, Си Цзиньпин); those are spelled
 * back towards their usual Latin forms (Li Do Hun, Wang Yi, Xi Jinping) so the phonetic keys
 * meet the English spelling.
 */

const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Before these, and at the start of a word, е is "ye" (Ермек → Yermek, Алексеев → Alekseyev). */
const YE_AFTER = /[аеёиоуыэюяъь]/;

/** Chinese syllables as Russian writes them (the Palladius system), longest first. */
const PALLADIUS: [RegExp, string][] = [
  [/цз/g, 'j'],
  [/чж/g, 'zh'],
  [/сюэ/g, 'xue'],
  [/юэ/g, 'yue'],
  [/сю/g, 'xiu'],
  [/ся/g, 'xia'],
  [/си/g, 'xi'],
  [/цю/g, 'qiu'],
  [/ця/g, 'qia'],
  [/ци/g, 'qi'],
  [/ц/g, 'c'],
  [/ш/g, 'sh'],
  [/ж/g, 'r'],
  [/х/g, 'h'],
  [/ч/g, 'ch'],
  [/э/g, 'e'],
  [/ы/g, 'i'],
  [/^и/g, 'yi'],
  [/^е/g, 'ye'],
  [/([^\s])я/g, '$1ia'],
  [/([^\s])ю/g, '$1iu'],
  [/([^\s])е/g, '$1ie'],
  [/^я/g, 'ya'],
  [/^ю/g, 'yu'],
  [/нь/g, 'N'],
  [/н(?![аеиоуэюя])/g, 'ng'],
  [/N/g, 'n'],
  [/в/g, 'w'],
  [/ь/g, ''],
];

/** Family names Russian writes for Chinese people; a two-word name starting so is Chinese. */
const CHINESE_FAMILY = new Set(
  'ван ли чжан лю чэнь ян хуан чжао си ху го ма линь хэ гао лян чжэн се сун тан хань фэн дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду чэн вэй су лу дин жэнь шэнь яо цуй чжун тань фань цзинь ши ляо цзя ся фу фан бай цзоу мэн сюн цинь цю инь сюэ янь дуань лэй хоу лун тао гу мао хао гун шао вань цянь кун син нун'.split(
    ' ',
  ),
);
/** Korean family names as Russian writes them, in the spelling Yonhap uses. */
const KOREAN_FAMILY: Record<string, string> = {
  ким: 'Kim',
  ли: 'Lee',
  пак: 'Park',
  цой: 'Choe',
  чхве: 'Choe',
  чон: 'Chung',
  кан: 'Kang',
  чо: 'Cho',
  юн: 'Yoon',
  чан: 'Chang',
  лим: 'Lim',
  им: 'Lim',
  хан: 'Han',
  о: 'Oh',
  со: 'Seo',
  син: 'Shin',
  квон: 'Kwon',
  хван: 'Hwang',
  ан: 'Ahn',
  сон: 'Song',
  ю: 'Yoo',
  хон: 'Hong',
  мун: 'Moon',
  нам: 'Nam',
  пэк: 'Baek',
  но: 'Noh',
  ван: 'Wang',
};

/** Korean and other East Asian names: several one-syllable words (Ли До Хун, Цой Сон Хи). */
const SYLLABLE = /^[бвгдджзйклмнпрстфхцчшщ]{0,3}[аеёиоуыэюя]{1,2}[нгльмкпй]?$/;

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function russianWord(word: string, korean: boolean): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const before = word[i - 1];
    if (ch === 'е' && (before === undefined || YE_AFTER.test(before))) out += 'ye';
    // Дж writes a foreign J (Джон, Джавад): English copy spells it so, not "Dzh".
    else if (ch === 'д' && word[i + 1] === 'ж' && !korean) {
      out += 'j';
      i++;
    } else if (ch === 'к' && word[i + 1] === 'с') {
      out += 'x';
      i++;
    } else if (
      ch === 'й' &&
      i === word.length - 1 &&
      (before === 'и' || before === 'ы') &&
      out.endsWith(LETTERS[before]!)
    )
      out = `${out.slice(0, -1)}y`;
    else if (ch === 'х' && korean) out += 'h';
    else out += LETTERS[ch] ?? ch;
  }
  return out;
}

function chineseWord(word: string): string {
  let out = word;
  for (const [pattern, replacement] of PALLADIUS) out = out.replace(pattern, replacement);
  return russianWord(out, true);
}

const CACHE_MAX = 50_000;
const cache = new Map<string, string>();

/** A Cyrillic name in Latin letters: "Мария Захарова" → "Maria Zakharova". */
export function russianToLatin(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  const eastAsian = words.length >= 2 && words.every((w) => SYLLABLE.test(w));
  const chinese = words.length === 2 && CHINESE_FAMILY.has(words[0]!);
  const korean = eastAsian && !chinese && words.length >= 3;
  const latin = words
    .map((w, k) =>
      korean && k === 0 && KOREAN_FAMILY[w]
        ? KOREAN_FAMILY[w]
        : korean
          ? // Russian writes 희 as хи: Yonhap spells it hui (Choe Son-hui).
            capitalize(russianWord(w.replace(/хи$/, 'хуи'), true))
          : w
              .split('-')
              .map((part) => capitalize(chinese ? chineseWord(part) : russianWord(part, eastAsian)))
              .join('-'),
    )
    .join(' ')
    // Wire copy writes Мария as Maria, -ия as -ia (Россия aside, which is not a name).
    .replace(/iya\b/g, 'ia');
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(name, latin);
  return latin;
}
