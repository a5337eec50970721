import type { PartyPatch } from '@parley/graph-schema';
import { z } from 'zod';
import { AppError } from '../errors';

/** What a party edit changes, and what reverting it puts back. */
export const partyStateSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
  /** Spellings a person took away: ingest does not add them again. */
  removedAliases: z.array(z.string()),
  source: z.string().nullable(),
  correctedAt: z.string().nullable(),
});
export type PartyState = z.infer<typeof partyStateSchema>;

const unique = (values: string[]) => [...new Set(values)];

/** The party as the patch leaves it, marked as a person's correction; 400 for an institution's role. */
export function patchedPartyState(
  kind: 'actor' | 'institution',
  before: PartyState,
  patch: PartyPatch,
  at: string,
): PartyState {
  if (kind === 'institution' && patch.role !== undefined)
    throw new AppError('bad_request', 'Invalid party change: role: institutions have no role', [
      { path: 'role', message: 'institutions have no role' },
    ]);
  const name = patch.name ?? before.name;
  // The name is always one of the spellings search finds.
  const aliases = unique([...(patch.aliases ?? before.aliases), name]);
  const removed = [...before.removedAliases, ...before.aliases].filter((a) => !aliases.includes(a));
  return {
    name,
    role: patch.role === undefined ? before.role : patch.role,
    aliases,
    removedAliases: unique(removed),
    source: 'reviewed',
    correctedAt: at,
  };
}
