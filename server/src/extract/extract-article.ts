import { ARTICLE_LANGUAGES, type ArticleLanguage, type IngestBundle } from '@parley/graph-schema';
import { ArticleContext } from './article-context';
import { articleIdFor, defaultTitle } from './article-identity';
import { buildBundle } from './assemble/build-bundle';
import { resolveReplies } from './assemble/replies';
import type { ArticleEntities } from './entities/article-entities';
import type { KnownEntityIndex } from './entities/known-entities';
import { pressHome } from './entities/press-home';
import { languageModuleFor } from './lang/registry';
import { detectLanguage } from './language/detect-language';
import { ArticleReader, type AmbiguityReport, type FoundStatement } from './read-article';
import { splitSentences } from './text/sentences';

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  publisher?: string;
  /** YYYY-MM-DD; relative dates ("on Friday") are resolved against it. */
  publishedAt?: string;
  lang?: ArticleLanguage;
}

/** Statements that answer a party who said nothing in this article; the graph may hold what they answer. */
export interface PendingReply {
  statementIds: string[];
  partyId: string;
}

export interface Extraction {
  lang: ArticleLanguage;
  /** What is written: every statement with one speaker the article supports. */
  bundle: IngestBundle;
  /**
   * Statements whose speaker the article leaves open between several people. They are shown in
   * the preview with their candidates, for a person to choose, and never written as said by all.
   */
  unresolved: IngestBundle['statements'];
  ambiguities: AmbiguityReport[];
  pendingReplies: PendingReply[];
  /** Ids of parties that were already in the graph. */
  knownIds: string[];
}

export class UnsupportedLanguageError extends Error {}

/** Drops duplicates and statements kept only in case their speaker said nothing else. */
function keptStatements(statements: FoundStatement[]): FoundStatement[] {
  const speaksElsewhere = new Set(
    statements.filter((s) => !s.onlyIfSpeakerSilent).map((s) => s.speakers.join()),
  );
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.speakers.join()}@${s.text.start}-${s.text.end}`;
    if (seen.has(key) || (s.onlyIfSpeakerSilent && speaksElsewhere.has(s.speakers.join())))
      return false;
    seen.add(key);
    return true;
  });
}

function speaksFor(entities: ArticleEntities) {
  return (statement: FoundStatement, partyId: string) => {
    const [speaker] = statement.speakers;
    if (statement.speakers.length !== 1 || !speaker) return false;
    return speaker === partyId || !!entities.get(speaker)?.affiliations.has(partyId);
  };
}

/**
 * Reads a raw article into an ingest bundle: detects the language, finds statements, meetings
 * and replies with that language's rules, and resolves every name against the known entities.
 * Pure and deterministic: the same input and known entities give the same bundle.
 */
export function extractArticle(input: ArticleInput, known: KnownEntityIndex): Extraction {
  const lang = input.lang ?? detectLanguage(input.text, ARTICLE_LANGUAGES);
  const module = lang && languageModuleFor(lang);
  if (!lang || !module)
    throw new UnsupportedLanguageError(
      `The article is in no language Parley can read (${ARTICLE_LANGUAGES.join(', ')})`,
    );
  const context = new ArticleContext(known, module.homeCountry ?? pressHome(input.text, input.url));
  const read = new ArticleReader(input.text, module, context, input.publishedAt).read(
    splitSentences(input.text, module.sentences),
  );
  const statements = keptStatements(read.statements);
  const replies = resolveReplies(statements, read.replies, speaksFor(context.entities));
  const title = input.title ?? defaultTitle(input.text);
  const built = buildBundle({
    article: {
      id: articleIdFor(title, input.text),
      title,
      lang,
      text: input.text,
      ...(input.url ? { url: input.url } : {}),
      ...(input.publisher ? { publisher: input.publisher } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    },
    languageName: module.name,
    statements,
    meetings: read.meetings,
    replies: replies.edges,
    entities: context.entities,
  });
  const unresolved = built.statements.filter((s) => s.ambiguity);
  const unresolvedIds = new Set(unresolved.map((s) => s.id));
  const bundle: IngestBundle = {
    ...built,
    statements: built.statements
      .filter((s) => !unresolvedIds.has(s.id))
      .map((s) => ({ ...s, respondsTo: s.respondsTo.filter((id) => !unresolvedIds.has(id)) })),
  };
  const speakerAmbiguities: AmbiguityReport[] = unresolved.flatMap((s) =>
    s.ambiguity ? [{ ...s.ambiguity, evidence: s.evidence }] : [],
  );
  return {
    lang,
    bundle,
    unresolved,
    ambiguities: [...speakerAmbiguities, ...read.ambiguities],
    pendingReplies: replies.pending.map((p) => ({
      statementIds: p.from
        .map((i) => built.statements[i]!.id)
        .filter((id) => !unresolvedIds.has(id)),
      partyId: p.partyId,
    })),
    knownIds: context.entities
      .all()
      .filter((e) => e.known)
      .map((e) => e.id),
  };
}
