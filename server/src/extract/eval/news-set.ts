import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * A folder of real news articles annotated by hand (`articles/NN-slug.txt`, `gold/NN-slug.json`),
 * the format of `../shared/extraction-dev/`: evidence is given by `quote_start`, the first words
 * of a statement's content, found in the text with indexOf.
 */
const newsStatementSchema = z.object({
  speaker: z.string(),
  speaker_resolved: z.string().nullish(),
  speaker_alt: z.string().nullish(),
  speaker_mention: z.string().nullish(),
  co_speakers: z.array(z.string()).nullish(),
  quote_start: z.string().min(1),
  direct: z.boolean().nullish(),
  mixed: z.boolean().nullish(),
  addressee_or_target: z.string().nullish(),
  optional: z.boolean().nullish(),
});

const newsMeetingSchema = z.object({
  a: z.string(),
  b: z.string(),
  kind: z.string(),
  place: z.string().nullish(),
  date: z.string().nullish(),
  optional: z.boolean().nullish(),
});

const newsReplySchema = z.object({
  statement_quote_start: z.string(),
  responds_to_quote_start_or_description: z.string(),
  optional: z.boolean().nullish(),
});

const newsGoldSchema = z.object({
  url: z.string().nullish(),
  language: z.string(),
  publisher: z.string().nullish(),
  date: z.string().nullish(),
  statements: z.array(newsStatementSchema),
  meetings: z.array(newsMeetingSchema).default([]),
  responds_to: z.array(newsReplySchema).default([]),
});

export type NewsStatement = z.infer<typeof newsStatementSchema>;
export type NewsMeeting = z.infer<typeof newsMeetingSchema>;
export type NewsReply = z.infer<typeof newsReplySchema>;
export type NewsGold = z.infer<typeof newsGoldSchema>;

export interface NewsArticle {
  name: string;
  text: string;
  gold: NewsGold;
}

/** Every article of a news set with its gold, in file order; `langs` keeps only those languages. */
export function loadNewsSet(dir: string, langs?: ReadonlySet<string>): NewsArticle[] {
  return readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(join(dir, 'articles', file), 'utf8');
      const goldFile = join(dir, 'gold', `${name}.json`);
      const parsed = newsGoldSchema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
      if (!parsed.success) throw new Error(`${goldFile}: ${z.prettifyError(parsed.error)}`);
      return { name, text, gold: parsed.data };
    })
    .filter((a) => !langs || langs.has(a.gold.language));
}
