import { z } from 'zod';
import { ID_PATTERNS } from './ids';
import { DATE_PRECISIONS, FACT_SOURCES, INSTITUTION_KINDS, MEETING_KINDS } from './model';

export const BUNDLE_VERSION = 1;

/** Limits that keep one bundle one reasonable transaction. */
export const BUNDLE_LIMITS = {
  articleTextChars: 200_000,
  entities: 5_000,
  statements: 20_000,
} as const;

const actorIdSchema = z.string().regex(ID_PATTERNS.actor, 'must look like actor:<slug>');
const institutionIdSchema = z
  .string()
  .regex(ID_PATTERNS.institution, 'must look like institution:<slug>');
export const partyIdSchema = z
  .string()
  .refine(
    (id) => ID_PATTERNS.actor.test(id) || ID_PATTERNS.institution.test(id),
    'must be an actor:<slug> or institution:<slug> id',
  );
export const statementIdSchema = z
  .string()
  .regex(ID_PATTERNS.statement, 'must look like statement:<article>:<key>');

const langSchema = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Half-open character range [start, end) into Article.text (UTF-16 code units, as JS strings index). */
export const evidenceSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });
export type Evidence = z.infer<typeof evidenceSchema>;

/** An article's address: a web page only, never `javascript:`, `data:`, `file:` or the like. */
export const articleUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be an http or https address',
});

export const bundleArticleSchema = z.object({
  id: z.string().regex(ID_PATTERNS.article, 'must look like article:<slug>'),
  title: z.string().min(1),
  url: articleUrlSchema.optional(),
  publisher: z.string().min(1).optional(),
  lang: langSchema,
  publishedAt: isoDateSchema.optional(),
  text: z.string().min(1).max(BUNDLE_LIMITS.articleTextChars),
});

export const bundleAffiliationSchema = z.object({
  institution: institutionIdSchema,
  role: z.string().min(1).optional(),
});

export const bundleActorSchema = z.object({
  id: actorIdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  role: z.string().min(1).optional(),
  affiliations: z.array(bundleAffiliationSchema).default([]),
});

export const bundleInstitutionSchema = z.object({
  id: institutionIdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(INSTITUTION_KINDS),
});

export const ambiguitySchema = z.object({
  field: z.enum(['speaker', 'addressee', 'participant']),
  candidates: z.array(partyIdSchema).min(2),
  note: z.string().min(1),
});
export type Ambiguity = z.infer<typeof ambiguitySchema>;

export const bundleStatementSchema = z
  .object({
    id: statementIdSchema,
    /** One speaker, or every candidate when the source leaves it ambiguous (see `ambiguity`). */
    speakers: z.array(partyIdSchema).min(1),
    addressees: z.array(partyIdSchema).default([]),
    text: z.string().min(1),
    lang: langSchema,
    direct: z.boolean(),
    summaryEn: z.string().min(1).optional(),
    date: isoDateSchema.optional(),
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    evidence: evidenceSchema,
    respondsTo: z.array(statementIdSchema).default([]),
    ambiguity: ambiguitySchema.optional(),
    confidence: z.number().min(0).max(1).default(1),
  })
  .refine((s) => s.speakers.length === 1 || s.ambiguity !== undefined, {
    message: 'several speakers need an ambiguity naming them as candidates',
    path: ['speakers'],
  })
  .refine((s) => s.lang === 'en' || s.summaryEn !== undefined, {
    message: 'a statement not in English needs summaryEn',
    path: ['summaryEn'],
  })
  .refine((s) => (s.date === undefined) === (s.datePrecision === undefined), {
    message: 'date and datePrecision go together',
    path: ['datePrecision'],
  });

export const bundleMeetingSchema = z.object({
  id: z.string().regex(ID_PATTERNS.meeting, 'must look like meeting:<article>:<key>'),
  /** The side that hosts, summons or initiates; MEETS_WITH points from `a` to `b`. */
  a: partyIdSchema,
  b: partyIdSchema,
  kind: z.enum(MEETING_KINDS),
  date: isoDateSchema.optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  place: z.string().min(1).optional(),
  evidence: evidenceSchema,
  ambiguity: ambiguitySchema.optional(),
  confidence: z.number().min(0).max(1).default(1),
});

export const ingestBundleSchema = z
  .object({
    version: z.literal(BUNDLE_VERSION),
    source: z.enum(FACT_SOURCES).default('curated'),
    article: bundleArticleSchema,
    actors: z.array(bundleActorSchema).max(BUNDLE_LIMITS.entities).default([]),
    institutions: z.array(bundleInstitutionSchema).max(BUNDLE_LIMITS.entities).default([]),
    statements: z.array(bundleStatementSchema).max(BUNDLE_LIMITS.statements).default([]),
    meetings: z.array(bundleMeetingSchema).max(BUNDLE_LIMITS.statements).default([]),
  })
  .superRefine(checkBundleIntegrity);

export type IngestBundle = z.infer<typeof ingestBundleSchema>;
export type IngestBundleInput = z.input<typeof ingestBundleSchema>;
export type BundleActor = z.infer<typeof bundleActorSchema>;
export type BundleInstitution = z.infer<typeof bundleInstitutionSchema>;
export type BundleStatement = z.infer<typeof bundleStatementSchema>;
export type BundleMeeting = z.infer<typeof bundleMeetingSchema>;

type BundleShape = Omit<IngestBundle, 'version' | 'source'>;

/**
 * Checks what a schema per field cannot: evidence inside the article, every party declared
 * in the bundle. Statements named in `respondsTo` may live in the graph already; the writer
 * checks those inside its transaction.
 */
function checkBundleIntegrity(bundle: BundleShape, ctx: z.RefinementCtx): void {
  const textLength = bundle.article.text.length;
  const parties = new Set([
    ...bundle.actors.map((a) => a.id),
    ...bundle.institutions.map((i) => i.id),
  ]);
  const institutions = new Set(bundle.institutions.map((i) => i.id));
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  bundle.actors.forEach((actor, i) =>
    actor.affiliations.forEach((aff, j) => {
      if (!institutions.has(aff.institution))
        issue(
          ['actors', i, 'affiliations', j, 'institution'],
          `${aff.institution} is not in institutions`,
        );
    }),
  );
  const checkParties = (path: (string | number)[], ids: string[]) =>
    ids.forEach((id, k) => {
      if (!parties.has(id))
        issue([...path, k], `${id} is not among the bundle's actors or institutions`);
    });
  const checkEvidence = (path: (string | number)[], end: number) => {
    if (end > textLength)
      issue([...path, 'evidence', 'end'], `${end} is past the article's ${textLength} characters`);
  };
  bundle.statements.forEach((s, i) => {
    checkParties(['statements', i, 'speakers'], s.speakers);
    checkParties(['statements', i, 'addressees'], s.addressees);
    checkEvidence(['statements', i], s.evidence.end);
    if (s.respondsTo.includes(s.id))
      issue(['statements', i, 'respondsTo'], 'a statement cannot respond to itself');
  });
  bundle.meetings.forEach((m, i) => {
    checkParties(['meetings', i, 'a'], [m.a]);
    checkParties(['meetings', i, 'b'], [m.b]);
    checkEvidence(['meetings', i], m.evidence.end);
  });
  const seen = new Set<string>();
  for (const [path, id] of [
    ...bundle.actors.map((a, i) => [['actors', i, 'id'], a.id] as const),
    ...bundle.institutions.map((a, i) => [['institutions', i, 'id'], a.id] as const),
    ...bundle.statements.map((a, i) => [['statements', i, 'id'], a.id] as const),
    ...bundle.meetings.map((a, i) => [['meetings', i, 'id'], a.id] as const),
  ]) {
    if (seen.has(id)) issue([...path], `${id} appears twice in the bundle`);
    seen.add(id);
  }
}
