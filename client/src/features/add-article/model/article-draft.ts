import {
  articleRequestSchema,
  type ArticleLanguage,
  type ArticleRequest,
} from '@parley/graph-schema';

/** The dialog's fields as typed; empty strings mean "not given". */
export type ArticleDraft = {
  text: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  lang: ArticleLanguage | 'auto';
};

export const EMPTY_DRAFT: ArticleDraft = {
  text: '',
  title: '',
  url: '',
  publisher: '',
  publishedAt: '',
  lang: 'auto',
};

export type DraftCheck =
  | { ok: true; request: ArticleRequest }
  | { ok: false; problems: { field: string; message: string }[] };

/**
 * The request the draft stands for, checked by the same schema the server uses, so a bad URL
 * is named beside its field before anything is sent. The text is sent exactly as typed:
 * evidence offsets index it.
 */
export function checkDraft(draft: ArticleDraft): DraftCheck {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const parsed = articleRequestSchema.safeParse({
    text: draft.text,
    title: optional(draft.title),
    url: optional(draft.url),
    publisher: optional(draft.publisher),
    publishedAt: optional(draft.publishedAt),
    lang: draft.lang === 'auto' ? undefined : draft.lang,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'article',
      message: issue.message,
    })),
  };
}
