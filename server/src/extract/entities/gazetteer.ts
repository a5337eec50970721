import { institutionId } from '@parley/graph-schema';
import type { InstitutionSpec } from '../types';
import { NEWS_AGENCIES, ORGANIZATIONS, type BodyType, type Country } from './gazetteer-data';
import { COUNTRIES } from './world-states';

export { NEWS_AGENCIES, ORGANIZATIONS, PLACES } from './gazetteer-data';
export { COUNTRIES } from './world-states';
export type { BodyType, Country, Organization } from './gazetteer-data';

const BODY_NAMES: Record<BodyType, string> = {
  'foreign-ministry': 'Foreign Ministry',
  'defence-ministry': 'Defense Ministry',
  'unification-ministry': 'Unification Ministry',
  'presidential-office': 'Presidency',
  'prime-ministers-office': "Prime Minister's Office",
  government: 'Government',
  embassy: 'Embassy',
};

const countriesByName = new Map(COUNTRIES.map((c) => [c.name, c]));
const organizationsByName = new Map(ORGANIZATIONS.map((o) => [o.name, o]));
const countriesByCapital = new Map(
  COUNTRIES.flatMap((c) =>
    [...(c.capital ? [c.capital] : []), ...(c.seats ?? [])].map((city) => [city, c] as const),
  ),
);

export const countryNamed = (name: string): Country | undefined => countriesByName.get(name);
export const countryWithCapital = (capital: string): Country | undefined =>
  countriesByCapital.get(capital);

export function stateSpec(countryName: string): InstitutionSpec {
  return { name: countryName, kind: 'state', country: countryName };
}

/** The institution a country's body is: "South Korea" + foreign ministry = "South Korean Foreign Ministry". */
export function bodySpec(countryName: string, body: BodyType): InstitutionSpec {
  const c = countryNamed(countryName);
  const name = c?.bodies?.[body] ?? `${c?.adjective ?? countryName} ${BODY_NAMES[body]}`;
  const kind =
    organizationsByName.get(name)?.kind ??
    (body === 'government' ? 'government' : body.endsWith('ministry') ? 'ministry' : 'office');
  return { name, kind, country: countryName };
}

const BODIES_BY_ID = new Map(
  COUNTRIES.flatMap((c) =>
    (Object.keys(BODY_NAMES) as BodyType[]).map(
      (body) => [institutionId(bodySpec(c.name, body).name), { country: c.name, body }] as const,
    ),
  ),
);

/** Which body an institution id is, so "the ministry" and "the Foreign Office" find it again. */
export function bodyOfInstitution(id: string): { country: string; body: BodyType } | undefined {
  return BODIES_BY_ID.get(id);
}

const NEWS_AGENCY_IDS = new Set(NEWS_AGENCIES.map((a) => institutionId(a.name)));
export const isNewsAgencyId = (id: string) => NEWS_AGENCY_IDS.has(id);

/** Ids the gazetteer already names, so names from the graph do not shadow its richer entries. */
export const GAZETTEER_INSTITUTION_IDS = new Set([
  ...COUNTRIES.map((c) => institutionId(c.name)),
  ...ORGANIZATIONS.map((o) => institutionId(o.name)),
  ...NEWS_AGENCY_IDS,
  ...BODIES_BY_ID.keys(),
]);
