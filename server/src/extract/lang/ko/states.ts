import { canonicalStateName } from '../../entities/world-states';
import { WORLD_COUNTRIES } from '../../entities/world-countries-data';

/*
 * Every state in Korean: its name from ICU (`Intl.DisplayNames('ko')`, by ISO region code) and
 * the press's own forms (한국, 북한, 미, 러), each mapped to the canonical English name the
 * gazetteer uses.
 */

/** Territories the news treats as states although they are not UN members (as the gazetteer). */
const ALSO_STATES = new Set(['PS', 'TW', 'VA', 'XK']);

/** What ICU does not spell: the press's short and older forms. */
const PRESS_STATE_NAMES: Record<string, string> = {
  한국: 'South Korea',
  남한: 'South Korea',
  남조선: 'South Korea',
  대한민국: 'South Korea',
  북한: 'North Korea',
  북: 'North Korea',
  조선: 'North Korea',
  조선민주주의인민공화국: 'North Korea',
  공화국: 'North Korea',
  미: 'United States',
  미합중국: 'United States',
  러: 'Russia',
  러시아연방: 'Russia',
  한: 'South Korea',
  중: 'China',
  중화인민공화국: 'China',
  일: 'Japan',
  영: 'United Kingdom',
  카자흐: 'Kazakhstan',
  우크라: 'Ukraine',
  타이완: 'Taiwan',
};

/** One-syllable forms that stand alone only as prefixes ("주한", "한·중"): alone they are other words. */
export const PREFIX_ONLY = new Set(['한', '중', '일', '영']);

function koreanStateNames(): Map<string, string> {
  const display = new Intl.DisplayNames('ko', { type: 'region' });
  const names = new Map<string, string>();
  for (const c of WORLD_COUNTRIES) {
    if (!c.unMember && !ALSO_STATES.has(c.cca2)) continue;
    const canonical = canonicalStateName(c);
    const korean = display.of(c.cca2);
    if (!canonical || !korean || korean === c.cca2 || /[()]/.test(korean)) continue;
    names.set(korean.replace(/\s+/g, ''), canonical);
  }
  for (const [korean, english] of Object.entries(PRESS_STATE_NAMES)) names.set(korean, english);
  return names;
}

/** Korean state names without spaces → canonical English names. */
export const STATE_NAMES_KO: ReadonlyMap<string, string> = koreanStateNames();

/** Capitals as Korean writes them, by the gazetteer's English name. */
export const CAPITAL_NAMES_KO: ReadonlyMap<string, string> = new Map(
  Object.entries({
    서울: 'Seoul',
    모스크바: 'Moscow',
    베이징: 'Beijing',
    도쿄: 'Tokyo',
    워싱턴: 'Washington',
    평양: 'Pyongyang',
    아스타나: 'Astana',
    키이우: 'Kyiv',
    키예프: 'Kyiv',
    민스크: 'Minsk',
    타슈켄트: 'Tashkent',
    비슈케크: 'Bishkek',
    런던: 'London',
    파리: 'Paris',
    베를린: 'Berlin',
    로마: 'Rome',
    브뤼셀: 'Brussels',
    뉴델리: 'New Delhi',
    하노이: 'Hanoi',
    방콕: 'Bangkok',
    자카르타: 'Jakarta',
    마닐라: 'Manila',
    울란바토르: 'Ulan Bator',
    테헤란: 'Tehran',
    앙카라: 'Ankara',
    오타와: 'Ottawa',
    캔버라: 'Canberra',
    카이로: 'Cairo',
  }),
);

/** Cities and regions that are not capitals, for meeting places. */
export const PLACE_NAMES_KO: ReadonlyMap<string, string> = new Map(
  Object.entries({
    원산: 'Wonsan',
    부산: 'Busan',
    판문점: 'Panmunjom',
    블라디보스토크: 'Vladivostok',
    상트페테르부르크: 'Saint Petersburg',
    뉴욕: 'New York',
    제네바: 'Geneva',
    상하이: 'Shanghai',
    알마티: 'Almaty',
    오사카: 'Osaka',
    제주: 'Jeju',
  }),
);

/** "주한", "주러시아": the state an envoy is posted to. */
export function hostState(stem: string): string | undefined {
  return stem.length >= 2 && stem.startsWith('주') ? STATE_NAMES_KO.get(stem.slice(1)) : undefined;
}

/** A state by a word on its own; the one-syllable prefixes (한, 중, 일) are no state alone. */
export function stateNamed(stem: string): string | undefined {
  return PREFIX_ONLY.has(stem) ? undefined : STATE_NAMES_KO.get(stem);
}

export interface StatePrefix {
  state: string;
  /** The state is where the envoy is posted ("주중대사"), not whose envoy it is ("중국대사"). */
  host: boolean;
  rest: string;
}

/** A word that opens with a state's name and goes on ("중국대사", "주중대사", "한국대사관"). */
export function statePrefix(stem: string): StatePrefix | undefined {
  for (let k = stem.length - 1; k >= 1; k--) {
    const head = stem.slice(0, k);
    const state = STATE_NAMES_KO.get(head);
    if (state) return { state, host: false, rest: stem.slice(k) };
    const host = hostState(head);
    if (host) return { state: host, host: true, rest: stem.slice(k) };
  }
  return undefined;
}
