import { z } from 'zod';
import { graphNodeSchema } from './api';
import { isoDateSchema, partyIdSchema, statementIdSchema } from './bundle';
import { DATE_PRECISIONS } from './model';

/** Corrections a person makes after writing (write token); each one is recorded as an Edit. */
export const EDIT_LIMITS = {
  idsPerField: 50,
  aliases: 200,
  nameChars: 300,
  editorChars: 100,
  editsDefault: 50,
  editsMax: 200,
} as const;

/** Who made a change, as the client names them: a body field `editor` or this header. */
export const EDITOR_HEADER = 'x-parley-editor';
export const editorSchema = z.string().trim().min(1).max(EDIT_LIMITS.editorChars);

export const editIdSchema = z.string().regex(/^edit:\d+$/, 'must look like edit:<number>');

const idList = <T extends z.ZodType<string>>(schema: T) =>
  z
    .array(schema)
    .max(EDIT_LIMITS.idsPerField)
    .transform((ids) => [...new Set(ids)]);

const STATEMENT_FIELDS = ['speakerIds', 'addresseeIds', 'respondsTo', 'direct', 'date'] as const;

/** PATCH /api/statements/:id. An empty `speakerIds` is refused with 409: a statement needs a speaker. */
export const statementPatchSchema = z
  .strictObject({
    /** Several speakers keep the statement ambiguous, with them as the candidates. */
    speakerIds: idList(partyIdSchema).optional(),
    addresseeIds: idList(partyIdSchema).optional(),
    respondsTo: idList(statementIdSchema).optional(),
    direct: z.boolean().optional(),
    /** null clears the date. */
    date: isoDateSchema.nullable().optional(),
    /** With `date`; "day" when left out. */
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    editor: editorSchema.optional(),
  })
  .refine((patch) => STATEMENT_FIELDS.some((field) => patch[field] !== undefined), {
    message: `name at least one of ${STATEMENT_FIELDS.join(', ')}`,
  })
  .refine((patch) => patch.datePrecision === undefined || typeof patch.date === 'string', {
    message: 'datePrecision goes with a date',
    path: ['datePrecision'],
  });
export type StatementPatch = z.infer<typeof statementPatchSchema>;

const nameSchema = z.string().trim().min(1).max(EDIT_LIMITS.nameChars);
const PARTY_FIELDS = ['name', 'role', 'aliases'] as const;

/** PATCH /api/parties/:id. `aliases` replaces the list; the name is always kept among them. */
export const partyPatchSchema = z
  .strictObject({
    name: nameSchema.optional(),
    /** Actors only; null clears it. */
    role: nameSchema.nullable().optional(),
    aliases: z.array(nameSchema).max(EDIT_LIMITS.aliases).optional(),
    editor: editorSchema.optional(),
  })
  .refine((patch) => PARTY_FIELDS.some((field) => patch[field] !== undefined), {
    message: `name at least one of ${PARTY_FIELDS.join(', ')}`,
  });
export type PartyPatch = z.infer<typeof partyPatchSchema>;

/** POST /api/parties/:id/merge: the party goes into `into`, of the same kind. */
export const mergeRequestSchema = z.strictObject({
  into: partyIdSchema,
  editor: editorSchema.optional(),
});

/** The optional body of a DELETE or a revert. */
export const editRequestSchema = z.strictObject({ editor: editorSchema.optional() });

export const editedNodeResponseSchema = z.object({ node: graphNodeSchema, editId: editIdSchema });
export type EditedNodeResponse = z.infer<typeof editedNodeResponseSchema>;

const count = z.number().int().nonnegative();
export const removalCountsSchema = z.object({
  articles: count,
  statements: count,
  meetings: count,
  /** Parties named only by what went (deleting an article only). */
  parties: count,
  relationships: count,
});
export type RemovalCounts = z.infer<typeof removalCountsSchema>;

export const removalResponseSchema = z.object({
  deleted: removalCountsSchema,
  editId: editIdSchema,
});
export type RemovalResponse = z.infer<typeof removalResponseSchema>;

/** DELETE /api/articles/:id: what went, and the statements other articles also report, which stay. */
export const articleRemovalResponseSchema = removalResponseSchema.extend({
  kept: z.object({ statements: count }),
});
export type ArticleRemovalResponse = z.infer<typeof articleRemovalResponseSchema>;

export const EDIT_KINDS = [
  'statement.update',
  'statement.delete',
  'meeting.delete',
  'party.update',
  'party.merge',
  'article.delete',
  'revert',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** JSON values as recorded: what the edit changed, before and after. */
const editValuesSchema = z.record(z.string(), z.unknown());

export const editSchema = z.object({
  id: editIdSchema,
  /** ISO date-time. */
  at: z.string(),
  kind: z.enum(EDIT_KINDS),
  /** Ids of the facts and parties it changed. */
  targets: z.array(z.string()),
  /**
   * Ids of what it relied on without changing (a statement's parties). A later edit that changes
   * one of its targets or of these depends on it: until that one is reverted, this one stays.
   */
  refs: z.array(z.string()),
  editor: z.string().nullable(),
  before: editValuesSchema,
  after: editValuesSchema,
  reverts: editIdSchema.nullable(),
  revertedBy: editIdSchema.nullable(),
});
export type Edit = z.infer<typeof editSchema>;

export const editsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(EDIT_LIMITS.editsMax).default(EDIT_LIMITS.editsDefault),
  offset: z.coerce.number().int().min(0).default(0),
});

export const editsResponseSchema = z.object({
  /** Newest first. */
  edits: z.array(editSchema),
  truncated: z.boolean(),
});
export type EditsResponse = z.infer<typeof editsResponseSchema>;

/** The revert, itself an edit (kind `revert`); a revert cannot be reverted. */
export const revertResponseSchema = z.object({ edit: editSchema });
export type RevertResponse = z.infer<typeof revertResponseSchema>;
