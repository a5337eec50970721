import { z } from 'zod';
import { ingestResponseSchema } from './api';
import { articleUrlSchema, BUNDLE_LIMITS, evidenceSchema } from './bundle';
import { DATE_PRECISIONS, MEETING_KINDS } from './model';

/** Languages Parley reads raw articles in; the server has one extraction module per code. */
export const ARTICLE_LANGUAGES = ['en', 'te', 'ru', 'ko'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

export const ARTICLE_LIMITS = {
  /** Characters of text a preview reads for a caller without the write token; 413 beyond. */
  previewTextChars: 50_000,
  /** Milliseconds a preview may spend reading its article; 413 beyond (the text is too hard). */
  previewReadMs: 1_500,
  /** Milliseconds an ingest may spend reading its article; 413 beyond. */
  ingestReadMs: 15_000,
  /** Facts of each kind a preview lists; `omitted` counts the rest. */
  previewFacts: 1_000,
} as const;

/** A raw article to extract facts from. `text` is kept exactly as sent: evidence offsets index it. */
export const articleRequestSchema = z.object({
  text: z
    .string()
    .max(
      BUNDLE_LIMITS.articleTextChars,
      `must be at most ${BUNDLE_LIMITS.articleTextChars} characters`,
    )
    // A pattern rather than a refinement, so the OpenAPI document carries the rule too.
    .regex(/\S/, 'must not be empty'),
  title: z.string().trim().min(1).max(500).optional(),
  url: articleUrlSchema.optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  /** A date or a date-time; only the date is kept. */
  publishedAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: 'must be a date YYYY-MM-DD or an ISO date-time',
    })
    .transform((value) => value.slice(0, 10))
    .optional(),
  lang: z
    .enum(ARTICLE_LANGUAGES, { error: `must be one of ${ARTICLE_LANGUAGES.join(', ')}` })
    .optional(),
});
export type ArticleRequest = z.infer<typeof articleRequestSchema>;

const partyRefSchema = z.object({ id: z.string(), name: z.string() });

export const previewStatementSchema = z.object({
  id: z.string(),
  /** Null when the article leaves the speaker open; `candidates` then lists who it could be. */
  speaker: partyRefSchema.nullable(),
  candidates: z.array(partyRefSchema),
  text: z.string(),
  direct: z.boolean(),
  summaryEn: z.string().optional(),
  evidence: evidenceSchema,
  addressees: z.array(partyRefSchema),
  respondsTo: z.array(z.string()),
  date: z.string().optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  confidence: z.number().min(0).max(1),
});

export const previewMeetingSchema = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  a: partyRefSchema,
  b: partyRefSchema,
  place: z.string().nullable(),
  date: z.string().nullable(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  evidence: evidenceSchema,
  confidence: z.number().min(0).max(1),
});

export const previewAmbiguitySchema = z.object({
  field: z.enum(['speaker', 'addressee', 'participant']),
  candidates: z.array(partyRefSchema),
  note: z.string(),
  evidence: evidenceSchema,
});

export const previewPartySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['actor', 'institution']),
  /** True when the party was already in the graph. */
  known: z.boolean(),
  aliases: z.array(z.string()),
  role: z.string().optional(),
});

/** What `POST /api/articles/preview` returns: the facts that would be written, and nothing written. */
export const articlePreviewResponseSchema = z.object({
  articleId: z.string(),
  lang: z.enum(ARTICLE_LANGUAGES),
  facts: z.object({
    statements: z.array(previewStatementSchema),
    meetings: z.array(previewMeetingSchema),
    ambiguities: z.array(previewAmbiguitySchema),
  }),
  parties: z.array(previewPartySchema),
  /** Facts found beyond ARTICLE_LIMITS.previewFacts of their kind, left out of the answer; absent when none were. */
  omitted: z
    .object({
      statements: z.number().int().nonnegative(),
      meetings: z.number().int().nonnegative(),
      ambiguities: z.number().int().nonnegative(),
    })
    .optional(),
});
export type ArticlePreviewResponse = z.infer<typeof articlePreviewResponseSchema>;

/** What `POST /api/articles` returns: the ingest counts and how much was extracted. */
export const articleIngestResponseSchema = ingestResponseSchema.extend({
  lang: z.enum(ARTICLE_LANGUAGES),
  extracted: z.object({
    statements: z.number().int().nonnegative(),
    meetings: z.number().int().nonnegative(),
    replies: z.number().int().nonnegative(),
    ambiguities: z.number().int().nonnegative(),
  }),
});
export type ArticleIngestResponse = z.infer<typeof articleIngestResponseSchema>;
