import type { BodyType } from '../../entities/gazetteer';
import { hostState, STATE_NAMES_KO, statePrefix } from './states';

/*
 * Titles after a name ("조태열 외교부 장관", "루덴코 차관"), with the English role. A bare
 * "장관" takes its ministry from the body before it: 외교부 장관 is a Foreign Minister.
 */

export interface RoleWord {
  role: string;
  /** An official the text does not name ("외교부 당국자"): the institution speaks. */
  unnamed?: boolean;
  /** The role in a named ministry: 외교부 + 장관 → Foreign Minister. */
  ministerial?: 'Minister' | 'Vice Minister' | 'Assistant Minister';
}

const ROLE_WORDS: [string, RoleWord][] = [
  ['수석부대변인', { role: 'principal deputy spokesperson' }],
  ['부대변인', { role: 'deputy spokesperson' }],
  ['대변인', { role: 'spokesperson' }],
  ['외교부장', { role: 'Foreign Minister' }],
  ['외교장관', { role: 'Foreign Minister' }],
  ['외무장관', { role: 'Foreign Minister' }],
  ['외무상', { role: 'Foreign Minister' }],
  ['국무장관', { role: 'Secretary of State' }],
  ['국방장관', { role: 'Defense Minister' }],
  ['국방상', { role: 'Defense Minister' }],
  ['통일장관', { role: 'Unification Minister' }],
  ['부장관', { role: 'Deputy Secretary' }],
  ['장관', { role: 'Minister', ministerial: 'Minister' }],
  ['차관보', { role: 'Assistant Minister', ministerial: 'Assistant Minister' }],
  ['차관', { role: 'Vice Minister', ministerial: 'Vice Minister' }],
  ['부장조리', { role: 'Assistant Foreign Minister' }],
  ['부부장', { role: 'Vice Department Director' }],
  ['부장', { role: 'Minister' }],
  ['대리대사', { role: "chargé d'affaires" }],
  ['대사', { role: 'Ambassador' }],
  ['총영사', { role: 'Consul General' }],
  ['특별대표', { role: 'special representative' }],
  ['특사', { role: 'special envoy' }],
  ['부통령', { role: 'Vice President' }],
  ['대통령', { role: 'President' }],
  ['부총리', { role: 'Deputy Prime Minister' }],
  ['총리', { role: 'Prime Minister' }],
  ['국가주석', { role: 'President' }],
  ['부주석', { role: 'Vice President' }],
  ['주석', { role: 'President' }],
  ['국무위원장', { role: 'Chairman' }],
  ['위원장', { role: 'Chairman' }],
  ['총비서', { role: 'General Secretary' }],
  ['사무총장', { role: 'Secretary-General' }],
  ['국가안보실장', { role: 'National Security Adviser' }],
  ['안보실장', { role: 'National Security Adviser' }],
  ['안보보좌관', { role: 'National Security Adviser' }],
  ['비서실장', { role: 'chief of staff' }],
  ['실장', { role: 'head' }],
  ['본부장', { role: 'Director-General' }],
  ['국장', { role: 'Director-General' }],
  ['주임', { role: 'Director' }],
  ['보좌관', { role: 'adviser' }],
  ['수석', { role: 'senior secretary' }],
  ['원내대표', { role: 'floor leader' }],
  ['대표', { role: 'leader' }],
  ['의원', { role: 'lawmaker' }],
  ['의장', { role: 'Speaker' }],
  ['당국자', { role: 'official', unnamed: true }],
  ['관계자', { role: 'official', unnamed: true }],
  // "외교부 대변인실은 입장을 내고": a body's office speaks for the body.
  ['대변인실', { role: 'spokesperson office', unnamed: true }],
  ['공보실', { role: 'press office', unnamed: true }],
];

/** Longest first, so 부대변인 is not read as 대변인 with a prefix. */
const BY_LENGTH = [...ROLE_WORDS].sort(([a], [b]) => b.length - a.length);
const EXACT = new Map(ROLE_WORDS);

export interface RoleMatch extends RoleWord {
  /** What stands before the role inside the word ("중국" of 중국대사, "1" of 1차관), if anything. */
  prefix: string;
  /** The ministry fused before a ministerial role: 외무차관 is a vice minister of foreign affairs. */
  ministry?: BodyType;
}

/** Ministries written fused before their minister's title (외무차관, 외교부장관, 국방차관). */
const FUSED_MINISTRIES = new Map<string, BodyType>([
  ['외무', 'foreign-ministry'],
  ['외무부', 'foreign-ministry'],
  ['외교', 'foreign-ministry'],
  ['외교부', 'foreign-ministry'],
  ['국방', 'defence-ministry'],
  ['국방부', 'defence-ministry'],
  ['통일', 'unification-ministry'],
  ['통일부', 'unification-ministry'],
]);

/** What may be fused before a role: an ordinal (1차관), a state (중국대사), a posting (주중대사), 수석, 상무 (常务). */
const fusesWithRole = (prefix: string) =>
  /^(?:\d+|수석|상무|제\d+)$/.test(prefix) ||
  statePrefix(prefix) !== undefined ||
  STATE_NAMES_KO.has(prefix) ||
  hostState(prefix) !== undefined;

/** The role a word is, alone or after what may be fused before it ("임수석" is a name, not 임 + 수석). */
export function roleIn(stem: string): RoleMatch | undefined {
  let found = memo.get(stem);
  if (found === undefined) {
    found = findRole(stem) ?? null;
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(stem, found);
  }
  return found ?? undefined;
}

const MEMO_MAX_ENTRIES = 20_000;
const memo = new Map<string, RoleMatch | null>();

function findRole(stem: string): RoleMatch | undefined {
  const exact = EXACT.get(stem);
  if (exact) return { ...exact, prefix: '' };
  for (const [word, role] of BY_LENGTH) {
    if (!stem.endsWith(word) || stem.length <= word.length) continue;
    const prefix = stem.slice(0, -word.length);
    if (fusesWithRole(prefix)) return { ...role, prefix };
    const ministry = role.ministerial && FUSED_MINISTRIES.get(prefix);
    if (ministry) return { ...role, prefix: '', ministry };
  }
  return undefined;
}

const MINISTRIES: Partial<Record<BodyType, string>> = {
  'foreign-ministry': 'Foreign',
  'defence-ministry': 'Defense',
  'unification-ministry': 'Unification',
};

/** The English role in its ministry: "Vice Minister" at a foreign ministry is a Vice Foreign Minister. */
export function roleInBody(role: RoleMatch, body: BodyType | undefined, ordinal: string): string {
  const ministry = body && MINISTRIES[body];
  const first = ordinal === '1' ? 'First ' : ordinal === '2' ? 'Second ' : '';
  if (!role.ministerial || !ministry) return first + role.role;
  const [head, ...rest] = role.ministerial.split(' ');
  return rest.length > 0
    ? `${first}${head} ${ministry} ${rest.join(' ')}`
    : `${first}${ministry} ${head}`;
}
