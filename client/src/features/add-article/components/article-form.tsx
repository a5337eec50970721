import { ARTICLE_LANGUAGES } from '@parley/graph-schema';
import { languageName } from '../../../lib/script';
import type { ArticleDraft } from '../model/article-draft';

type Props = {
  draft: ArticleDraft;
  onChange: (change: Partial<ArticleDraft>) => void;
  problems: ReadonlyMap<string, string>;
};

function Problem({ field, problems }: { field: string; problems: Props['problems'] }) {
  const message = problems.get(field);
  return message ? (
    <span className="field-problem" id={`article-${field}-problem`} role="alert">
      {message}
    </span>
  ) : null;
}

const describedBy = (field: string, problems: Props['problems']) =>
  problems.has(field) ? `article-${field}-problem` : undefined;

/** The article as the reader has it: its text, and what the page around it says. */
export function ArticleForm({ draft, onChange, problems }: Props) {
  const input = (field: 'title' | 'url' | 'publisher', label: string, type = 'text') => (
    <label className="article-field">
      {label}
      <input
        type={type}
        value={draft[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        aria-invalid={problems.has(field)}
        aria-describedby={describedBy(field, problems)}
      />
      <Problem field={field} problems={problems} />
    </label>
  );
  return (
    <div className="article-form">
      <label className="article-field article-text-field">
        Article text
        <textarea
          value={draft.text}
          onChange={(e) => onChange({ text: e.target.value })}
          placeholder={`Paste the article, in ${ARTICLE_LANGUAGES.map(languageName).join(', ')}…`}
          rows={10}
          dir="auto"
          aria-invalid={problems.has('text')}
          aria-describedby={describedBy('text', problems)}
        />
        <Problem field="text" problems={problems} />
      </label>
      <div className="article-fields">
        {input('title', 'Title')}
        {input('publisher', 'Publisher')}
        {input('url', 'URL', 'url')}
        <label className="article-field">
          Published
          <input
            type="date"
            value={draft.publishedAt}
            onChange={(e) => onChange({ publishedAt: e.target.value })}
            aria-describedby="article-published-hint"
          />
          <span className="field-hint" id="article-published-hint">
            resolves “on Friday”, “last week”
          </span>
        </label>
        <label className="article-field">
          Language
          <select
            value={draft.lang}
            onChange={(e) => onChange({ lang: e.target.value as ArticleDraft['lang'] })}
          >
            <option value="auto">Detect</option>
            {ARTICLE_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {languageName(lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
