import type { InstitutionSpec, Title } from '../types';
import { bodySpec, countryNamed, stateSpec } from './gazetteer';

/** Roles that belong to a ministry rather than to the state itself. */
const MINISTRY_ROLES: [RegExp, Parameters<typeof bodySpec>[1]][] = [
  [
    /foreign (?:minister|ministry|secretary)|minister of foreign affairs|external affairs minister|secretary of state/i,
    'foreign-ministry',
  ],
  [/defen[cs]e (?:minister|secretary|ministry)/i, 'defence-ministry'],
  [/unification (?:minister|ministry)/i, 'unification-ministry'],
];

export interface RoleDescription {
  /** The person's role as a reader would name it: "Russian Deputy Foreign Minister". */
  role: string;
  /** The institution the role places them in, and the role there. */
  affiliation?: { institution: InstitutionSpec | { id: string }; role: string };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Turns a title into a role and an affiliation: a named institution wins; otherwise foreign and
 * defence roles belong to the country's ministry, and every other role to the state.
 */
export function describeTitle(title: Title, institutionName?: string): RoleDescription {
  const role = title.role.trim();
  if (title.institutionId && institutionName)
    return {
      role: `${institutionName} ${role}`,
      affiliation: { institution: { id: title.institutionId }, role: capitalized(role) },
    };
  if (!title.country) return { role: capitalized(role) };
  const adjective = countryNamed(title.country)?.adjective ?? title.country;
  const ministry = MINISTRY_ROLES.find(([pattern]) => pattern.test(role));
  return {
    role: `${adjective} ${role}`,
    affiliation: {
      institution: ministry ? bodySpec(title.country, ministry[1]) : stateSpec(title.country),
      role: capitalized(role),
    },
  };
}
