import { z } from 'zod';
import { articleRequestSchema } from './article';
import {
  BUNDLE_LIMITS,
  evidenceSchema,
  isoDateSchema,
  partyIdSchema,
  statementIdSchema,
} from './bundle';
import { ID_PATTERNS, slugify } from './ids';
import { DATE_PRECISIONS, INSTITUTION_KINDS, MEETING_KINDS } from './model';

/**
 * The facts of a preview as a person left them: corrected, accepted or dropped (a dropped fact
 * is not sent). `reviewed` marks the facts a person touched: they are written as `reviewed`,
 * the others as `extracted`. Optional fields may be null, as the preview sends them.
 */
const reviewedFlag = z.boolean().default(false);
const confidence = z.number().min(0).max(1).default(1);

export const reviewedStatementSchema = z.object({
  id: statementIdSchema,
  /** One speaker; several leave the statement ambiguous with them as the candidates. */
  speakerIds: z.array(partyIdSchema).min(1, 'a statement needs a speaker'),
  addresseeIds: z.array(partyIdSchema).default([]),
  text: z.string().min(1),
  direct: z.boolean(),
  summaryEn: z.string().min(1).nullish(),
  evidence: evidenceSchema,
  respondsTo: z.array(statementIdSchema).default([]),
  date: isoDateSchema.nullish(),
  datePrecision: z.enum(DATE_PRECISIONS).nullish(),
  confidence,
  reviewed: reviewedFlag,
});
export type ReviewedStatement = z.infer<typeof reviewedStatementSchema>;

export const reviewedMeetingSchema = z.object({
  id: z.string().regex(ID_PATTERNS.meeting, 'must look like meeting:<article>:<key>'),
  a: partyIdSchema,
  b: partyIdSchema,
  kind: z.enum(MEETING_KINDS),
  place: z.string().min(1).nullish(),
  date: isoDateSchema.nullish(),
  datePrecision: z.enum(DATE_PRECISIONS).nullish(),
  evidence: evidenceSchema,
  confidence,
  reviewed: reviewedFlag,
});
export type ReviewedMeeting = z.infer<typeof reviewedMeetingSchema>;

/** A party the reviewer created; its id is derived from its name like any other. */
export const reviewedPartySchema = z
  .object({
    id: partyIdSchema,
    name: z.string().trim().min(1).max(300),
    kind: z.enum(['actor', 'institution']),
    aliases: z.array(z.string().min(1)).default([]),
    role: z.string().min(1).nullish(),
    institutionKind: z.enum(INSTITUTION_KINDS).default('other'),
  })
  .refine((p) => p.id === `${p.kind}:${slugify(p.name)}`, {
    message: 'must be derived from kind and name, as <kind>:<slug of name>',
    path: ['id'],
  });
export type ReviewedParty = z.infer<typeof reviewedPartySchema>;

export const reviewedFactsSchema = z.object({
  statements: z.array(reviewedStatementSchema).max(BUNDLE_LIMITS.statements).default([]),
  meetings: z.array(reviewedMeetingSchema).max(BUNDLE_LIMITS.statements).default([]),
  /** Parties the reviewer created; those of the preview and of the graph are named by id. */
  parties: z.array(reviewedPartySchema).max(BUNDLE_LIMITS.entities).default([]),
});
export type ReviewedFacts = z.infer<typeof reviewedFactsSchema>;

/**
 * POST /api/articles: a raw article and, when a person reviewed the preview, the facts to write
 * instead of what extraction finds. Checked like a bundle: offsets inside the text, no id twice,
 * date with its precision; the server then checks that every id is the article's or known.
 */
export const articleIngestRequestSchema = articleRequestSchema
  .extend({ facts: reviewedFactsSchema.optional() })
  .superRefine(({ text, facts }, ctx) => {
    if (!facts) return;
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['facts', ...path], message });
    const seen = new Set<string>();
    const facts_ = [
      ...facts.statements.map((s, i) => ['statements', i, s] as const),
      ...facts.meetings.map((m, i) => ['meetings', i, m] as const),
    ];
    for (const [field, i, fact] of facts_) {
      if (fact.evidence.end > text.length)
        issue(
          [field, i, 'evidence', 'end'],
          `${fact.evidence.end} is past the article's ${text.length} characters`,
        );
      if (seen.has(fact.id)) issue([field, i, 'id'], `${fact.id} appears twice`);
      seen.add(fact.id);
      if (!fact.date !== !fact.datePrecision)
        issue([field, i, 'datePrecision'], 'date and datePrecision go together');
    }
    facts.statements.forEach((s, i) => {
      if (s.respondsTo.includes(s.id))
        issue(['statements', i, 'respondsTo'], 'a statement cannot respond to itself');
    });
  });
export type ArticleIngestRequest = z.infer<typeof articleIngestRequestSchema>;
