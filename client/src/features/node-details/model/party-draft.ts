import type { PartyPatch } from '@parley/graph-schema';

/** A party's name, role and other spellings, as the correction form holds them. */
export type PartyDraft = { name: string; role: string; aliases: readonly string[] };

/** Adds a spelling once, trimmed; blank ones and the name itself are not aliases. */
export function addAlias(draft: PartyDraft, alias: string): PartyDraft {
  const spelling = alias.trim();
  if (!spelling || spelling === draft.name.trim() || draft.aliases.includes(spelling)) return draft;
  return { ...draft, aliases: [...draft.aliases, spelling] };
}

export const removeAlias = (draft: PartyDraft, alias: string): PartyDraft => ({
  ...draft,
  aliases: draft.aliases.filter((a) => a !== alias),
});

/**
 * The PATCH for what changed, or null. A renamed party keeps its old name among its spellings
 * when `keepOldName`: articles that wrote it so still find it. Roles are for actors only.
 */
export function partyPatch(
  before: PartyDraft,
  after: PartyDraft,
  { keepOldName, hasRole }: { keepOldName: boolean; hasRole: boolean },
): PartyPatch | null {
  const patch: PartyPatch = {};
  const name = after.name.trim();
  const renamed = name !== '' && name !== before.name;
  if (renamed) patch.name = name;
  const aliases =
    renamed && keepOldName ? addAlias({ ...after, name }, before.name).aliases : after.aliases;
  const sameAliases =
    aliases.length === before.aliases.length && aliases.every((a) => before.aliases.includes(a));
  if (!sameAliases) patch.aliases = [...aliases];
  const role = after.role.trim();
  if (hasRole && role !== before.role) patch.role = role === '' ? null : role;
  return Object.keys(patch).length > 0 ? patch : null;
}
