/* The small word lists the Russian mention reader reads with. */

/** Prepositions that mark a mention's part in the clause; unmarked mentions carry their case. */
export const PREPOSITIONS = new Set([
  'в',
  'во',
  'с',
  'со',
  'к',
  'ко',
  'у',
  'от',
  'о',
  'об',
  'по',
  'на',
  'из',
  'для',
  'при',
  'против',
  'между',
]);
export const PERSON_PRONOUNS = new Map<string, { grammaticalCase: string; gender: 'm' | 'f' }>([
  ['он', { grammaticalCase: 'nom', gender: 'm' }],
  ['она', { grammaticalCase: 'nom', gender: 'f' }],
  ['ему', { grammaticalCase: 'dat', gender: 'm' }],
  ['ей', { grammaticalCase: 'dat', gender: 'f' }],
  ['ним', { grammaticalCase: 'ins', gender: 'm' }],
  ['ней', { grammaticalCase: 'ins', gender: 'f' }],
]);
/** Surnames whose Russian form shows the gender: Zakharova is not "он", Lavrov is not "она". */
export const FEMININE_SURNAME = /(?:ova|eva|yova|ina|yna|aya)$/i;
export const MASCULINE_SURNAME = /(?:ov|ev|yov|in|yn|sky|iy)$/i;
/** Words a title may run through before the name: "посол Республики Корея в РФ Ли До Хун". */
export const TITLE_GLUE = new Set([
  'в',
  'при',
  'по',
  'и',
  '–',
  '—',
  '-',
  'дел',
  'иностранных',
  'кабинета',
  'министров',
  'правительства',
  'делам',
  'вопросам',
]);

/** The roles a role noun alone may refer back to: "дипломат" is any envoy, "глава МИД" a minister. */
export function backReference(role: string): RegExp {
  if (/^(?:head|leader|diplomat|counterpart)$/.test(role)) return /./;
  const head = role.split(' ').pop() ?? role;
  return new RegExp(head, 'i');
}
