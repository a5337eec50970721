import type { Db } from '../db/driver';
import { ingestBundle, ingestBundles } from '../db/queries/ingest';
import type { KnownStatement } from '../extract/entities/known-entities';
import { extractArticle, type ArticleInput, type Extraction } from '../extract/extract-article';
import { answerPendingReplies } from './extract-with-graph';
import type { KnownEntityCache } from './known-entity-cache';

/**
 * Articles per write transaction. Measured on the 2-core machine: one per transaction wrote
 * about 5 articles/s, 10 about 25, 50 about 70; the fixed cost of each query dominates below.
 */
export const ARTICLES_PER_TRANSACTION = 50;

export type WrittenBatch = {
  articles: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Articles whose write failed, each tried again alone so one bad article spares the rest. */
  failures: { articleId: string; error: unknown }[];
};

/**
 * Many articles in a row (`npm run ingest`, the article benchmark): each is extracted against
 * the graph and the articles queued before it (their names, and their statements for replies),
 * and written with others in one transaction. A failed batch is written again article by
 * article: each article is all in the graph or not at all.
 */
export class ArticleBatchWriter {
  private queue: Extraction[] = [];

  constructor(
    private readonly db: Db,
    private readonly known: KnownEntityCache,
    private readonly onWritten: (batch: WrittenBatch) => void,
    private readonly perTransaction = ARTICLES_PER_TRANSACTION,
  ) {}

  async add(input: ArticleInput): Promise<Extraction> {
    const extraction = await answerPendingReplies(
      this.db,
      extractArticle(input, await this.known.current()),
      input.publishedAt,
      this.queuedStatements(),
    );
    this.known.remember(extraction.bundle);
    this.queue.push(extraction);
    if (this.queue.length >= this.perTransaction) await this.flush();
    return extraction;
  }

  private queuedStatements(): KnownStatement[] {
    return this.queue.flatMap(({ bundle }) =>
      bundle.statements.map((s) => ({
        id: s.id,
        speakerIds: s.speakers,
        text: s.text,
        articleId: bundle.article.id,
        ...(s.date ? { date: s.date } : {}),
      })),
    );
  }

  async flush(): Promise<void> {
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    try {
      const written = await ingestBundles(
        this.db,
        batch.map((e) => e.bundle),
      );
      this.onWritten({
        articles: batch.length,
        nodesCreated: written.nodes.created,
        relationshipsCreated: written.relationships.created,
        failures: [],
      });
    } catch {
      this.known.forget();
      this.onWritten(await this.writeOneByOne(batch));
    }
  }

  private async writeOneByOne(batch: Extraction[]): Promise<WrittenBatch> {
    const result: WrittenBatch = {
      articles: batch.length,
      nodesCreated: 0,
      relationshipsCreated: 0,
      failures: [],
    };
    for (const { bundle } of batch) {
      try {
        const written = await ingestBundle(this.db, bundle);
        result.nodesCreated += written.nodes.created;
        result.relationshipsCreated += written.relationships.created;
      } catch (error) {
        result.failures.push({ articleId: bundle.article.id, error });
      }
    }
    return result;
  }
}
