import type { Edit } from '@parley/graph-schema';
import { z } from 'zod';
import { pluralise } from '../../../lib/plural';

/** An edit in words: what kind of change, on what, and what it changed. */
export type EditSummary = { title: string; detail: string | null };

// The log records before and after as loose JSON; each kind is read with the shape it has.
const named = z.object({ name: z.string() });
const partyState = z.object({
  name: z.string(),
  role: z.string().nullish(),
  aliases: z.array(z.string()),
});
const merge = z.object({ party: named, into: named });
const articleRemoval = z.object({
  article: z.object({ title: z.string().nullable() }),
  statements: z.number(),
  meetings: z.number(),
});

const STATEMENT_FIELDS = {
  speakerIds: 'speakers',
  addresseeIds: 'addressees',
  respondsTo: 'replies',
  direct: 'direct or reported',
  date: 'date',
} as const;

const KIND_TITLES: Record<Edit['kind'], string> = {
  'statement.update': 'Statement corrected',
  'statement.delete': 'Statement deleted',
  'meeting.delete': 'Meeting deleted',
  'party.update': 'Party edited',
  'party.merge': 'Parties merged',
  'article.delete': 'Article deleted',
  revert: 'Edit reverted',
};

function changedStatementFields(edit: Edit): string | null {
  const changed = Object.entries(STATEMENT_FIELDS)
    .filter(([key]) => JSON.stringify(edit.before[key]) !== JSON.stringify(edit.after[key]))
    .map(([, words]) => words);
  return changed.length > 0 ? `changed: ${changed.join(', ')}` : 'marked as reviewed';
}

function partyChange(edit: Edit): string | null {
  const before = partyState.safeParse(edit.before);
  const after = partyState.safeParse(edit.after);
  if (!before.success || !after.success) return null;
  const parts: string[] = [];
  if (before.data.name !== after.data.name) parts.push(`${before.data.name} → ${after.data.name}`);
  if ((before.data.role ?? null) !== (after.data.role ?? null))
    parts.push(`role: ${after.data.role ?? 'none'}`);
  const added = after.data.aliases.filter((a) => !before.data.aliases.includes(a));
  const removed = before.data.aliases.filter((a) => !after.data.aliases.includes(a));
  if (added.length > 0) parts.push(`spellings added: ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`spellings removed: ${removed.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : after.data.name;
}

function detailOf(edit: Edit): string | null {
  switch (edit.kind) {
    case 'statement.update':
      return changedStatementFields(edit);
    case 'party.update':
      return partyChange(edit);
    case 'party.merge': {
      const m = merge.safeParse(edit.before);
      return m.success ? `${m.data.party.name} into ${m.data.into.name}` : null;
    }
    case 'article.delete': {
      const a = articleRemoval.safeParse(edit.before);
      if (!a.success) return null;
      const title = a.data.article.title ? `“${a.data.article.title}” with ` : '';
      return `${title}${pluralise(a.data.statements, 'statement')}, ${pluralise(a.data.meetings, 'meeting')}`;
    }
    case 'revert':
      return edit.reverts ? `undid ${edit.reverts}` : null;
    default:
      return edit.targets[0] ?? null;
  }
}

export function summariseEdit(edit: Edit): EditSummary {
  return { title: KIND_TITLES[edit.kind], detail: detailOf(edit) };
}

/** An edit can be reverted once: not a revert itself, not already reverted. */
export const canRevert = (edit: Edit) => edit.kind !== 'revert' && edit.revertedBy === null;

/** A node the edit left in the graph, to show it; none for a removal. */
export function shownTarget(edit: Edit): string | null {
  if (edit.kind.endsWith('.delete') || edit.revertedBy !== null) return null;
  if (edit.kind === 'party.merge') return edit.targets[1] ?? edit.targets[0] ?? null;
  return edit.kind === 'revert' ? null : (edit.targets[0] ?? null);
}
