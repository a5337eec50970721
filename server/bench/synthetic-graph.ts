/**
 * A realistic synthetic news graph, deterministic for a seed: power-law actor activity,
 * institutions, reply chains, meetings, several languages and scripts, and article text whose
 * offsets the statements point into. Everything goes through the ordinary ingest bundle.
 */
import {
  actorId,
  articleId,
  institutionId,
  meetingId,
  statementId,
  type IngestBundle,
} from '@parley/graph-schema';

type Rng = () => number;

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Syllables with their renderings in Latin, Cyrillic, Hangul and Telugu script. */
const SYLLABLES: readonly (readonly [string, string, string, string])[] = [
  ['ka', 'ка', '카', 'క'],
  ['ri', 'ри', '리', 'రి'],
  ['mo', 'мо', '모', 'మో'],
  ['sun', 'сун', '순', 'సున్'],
  ['le', 'ле', '레', 'లె'],
  ['va', 'ва', '바', 'వ'],
  ['no', 'но', '노', 'నో'],
  ['ta', 'та', '타', 'ట'],
  ['jin', 'джин', '진', 'జిన్'],
  ['ho', 'хо', '호', 'హో'],
  ['pa', 'па', '파', 'ప'],
  ['dre', 'дре', '드레', 'డ్రే'],
  ['mi', 'ми', '미', 'మి'],
  ['sa', 'са', '사', 'స'],
  ['ko', 'ко', '코', 'కో'],
  ['lin', 'лин', '린', 'లిన్'],
  ['gor', 'гор', '고르', 'గోర్'],
  ['yun', 'юн', '윤', 'యున్'],
  ['be', 'бе', '베', 'బె'],
  ['tro', 'тро', '트로', 'ట్రో'],
];
const LANGS = ['en', 'en', 'en', 'en', 'te', 'te', 'ru', 'ru', 'ko', 'fr'] as const;
type Lang = (typeof LANGS)[number];
const SCRIPT_INDEX: Record<Lang, 0 | 1 | 2 | 3> = { en: 0, fr: 0, ru: 1, ko: 2, te: 3 };
const SPEECH: Record<Lang, string> = {
  en: 'said',
  fr: 'a déclaré',
  ru: 'заявил',
  ko: '말했다',
  te: 'అన్నారు',
};
const WORDS: Record<Lang, readonly string[]> = {
  en: [
    'security',
    'talks',
    'sanctions',
    'cooperation',
    'warned',
    'peace',
    'resolutions',
    'treaty',
    'relations',
    'border',
  ],
  fr: [
    'sécurité',
    'pourparlers',
    'sanctions',
    'coopération',
    'paix',
    'traité',
    'relations',
    'frontière',
  ],
  ru: [
    'безопасность',
    'переговоры',
    'санкции',
    'сотрудничество',
    'мир',
    'договор',
    'отношения',
    'граница',
  ],
  ko: ['안보', '회담', '제재', '협력', '평화', '조약', '관계', '국경'],
  te: ['భద్రత', 'చర్చలు', 'ఆంక్షలు', 'సహకారం', 'శాంతి', 'ఒప్పందం', 'సంబంధాలు', 'సరిహద్దు'],
};
const ROLES = [
  'spokesperson',
  'foreign minister',
  'deputy foreign minister',
  'ambassador',
  'envoy',
  'president',
];
const PLACES = [
  'Seoul',
  'Moscow',
  'Geneva',
  'Beijing',
  'Pyongyang',
  'Washington',
  'Tokyo',
  'Vienna',
];

export type SyntheticOptions = {
  statements: number;
  seed?: number;
  statementsPerArticle?: number;
  /** Probability that a statement answers an earlier one. */
  replyRate?: number;
};

type Person = { id: string; name: string; aliases: string[]; role: string; institution: number };

function syllableName(rng: Rng, parts: number): [string, string, string, string] {
  const chosen = Array.from(
    { length: parts },
    () => SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!,
  );
  const render = (i: 0 | 1 | 2 | 3) => chosen.map((s) => s[i]).join('');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [cap(render(0)), cap(render(1)), render(2), render(3)];
}

function makePeople(count: number, institutions: number, rng: Rng): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const [first, firstCy, firstKo, firstTe] = syllableName(rng, 2);
    const [last, lastCy, lastKo, lastTe] = syllableName(rng, 3);
    const name = `${first} ${last} ${i.toString(36)}`;
    return {
      id: actorId(name),
      name,
      aliases: [`${firstCy} ${lastCy}`, `${lastKo}${firstKo}`, `${firstTe} ${lastTe}`],
      role: ROLES[i % ROLES.length]!,
      institution: i % institutions,
    };
  });
}

/** Activity follows a power law: a few people say most things, most say little. */
const powerLawIndex = (rng: Rng, size: number) => Math.floor(size * Math.pow(rng(), 2.5));

const dateOf = (day: number) => new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);

/** Yields bundles (one per article) until `statements` statements have been produced. */
export function* syntheticBundles(options: SyntheticOptions): Generator<IngestBundle> {
  const rng = seededRandom(options.seed ?? 1);
  const perArticle = options.statementsPerArticle ?? 10;
  const replyRate = options.replyRate ?? 0.35;
  const institutionCount = Math.max(20, Math.ceil(options.statements / 5_000));
  const people = makePeople(
    Math.max(50, Math.ceil(options.statements / 20)),
    institutionCount,
    rng,
  );
  const institutions = Array.from({ length: institutionCount }, (_, i) => ({
    id: institutionId(`Ministry ${i}`),
    name: `Ministry ${i}`,
    aliases: [`Министерство ${i}`],
    kind: 'ministry' as const,
  }));
  const recent: string[] = [];
  const RECENT_WINDOW = 2_000;

  for (let made = 0, article = 0; made < options.statements; article++) {
    const lang = LANGS[article % LANGS.length]!;
    const aid = articleId(`synthetic-${article}`);
    const date = dateOf(Math.floor(article / 50));
    const count = Math.min(perArticle, options.statements - made);
    const cast = new Map<string, Person>();
    const sentences: string[] = [];
    let offset = 0;
    const statements: IngestBundle['statements'] = [];
    for (let k = 0; k < count; k++) {
      const speaker = people[powerLawIndex(rng, people.length)]!;
      const addressee = people[Math.floor(rng() * people.length)]!;
      cast.set(speaker.id, speaker).set(addressee.id, addressee);
      const words = Array.from({ length: 6 + Math.floor(rng() * 8) }, () => {
        const vocabulary = WORDS[lang];
        return vocabulary[Math.floor(rng() * vocabulary.length)]!;
      }).join(' ');
      const shownName =
        SCRIPT_INDEX[lang] === 0 ? speaker.name : speaker.aliases[SCRIPT_INDEX[lang] - 1]!;
      const sentence = `${shownName} ${SPEECH[lang]}: "${words}".`;
      const quoteStart = offset + sentence.indexOf('"') + 1;
      const id = statementId(aid, `s${k}`);
      const answers =
        recent.length > 0 && rng() < replyRate
          ? [recent[recent.length - 1 - powerLawIndex(rng, recent.length)]!]
          : [];
      statements.push({
        id,
        speakers: [speaker.id],
        addressees: rng() < 0.7 ? [addressee.id] : [],
        text: sentence.slice(quoteStart - offset, quoteStart - offset + words.length),
        lang,
        direct: true,
        ...(lang === 'en' ? {} : { summaryEn: `A statement on ${WORDS.en[k % WORDS.en.length]}` }),
        date,
        datePrecision: 'day',
        evidence: { start: offset, end: offset + sentence.length },
        respondsTo: answers,
        confidence: 1,
      });
      recent.push(id);
      if (recent.length > RECENT_WINDOW) recent.shift();
      sentences.push(sentence);
      offset += sentence.length + 1;
    }
    const meetings: IngestBundle['meetings'] = [];
    const castList = [...cast.values()];
    if (castList.length >= 2 && rng() < 0.5) {
      const [a, b] = [castList[0]!, castList[1]!];
      const sentence = `${a.name} met ${b.name} in ${PLACES[article % PLACES.length]}.`;
      meetings.push({
        id: meetingId(aid, 'm0'),
        a: a.id,
        b: b.id,
        kind: 'meeting',
        place: PLACES[article % PLACES.length]!,
        date,
        datePrecision: 'day',
        evidence: { start: offset, end: offset + sentence.length },
        confidence: 1,
      });
      sentences.push(sentence);
    }
    const usedInstitutions = new Set(castList.map((p) => p.institution));
    yield {
      version: 1,
      source: 'curated',
      article: {
        id: aid,
        title: `Synthetic article ${article}`,
        lang,
        publishedAt: date,
        text: sentences.join(' '),
      },
      actors: castList.map((p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        role: p.role,
        affiliations: [{ institution: institutions[p.institution]!.id, role: p.role }],
      })),
      institutions: [...usedInstitutions].map((i) => institutions[i]!),
      statements,
      meetings,
    };
    made += count;
  }
}
