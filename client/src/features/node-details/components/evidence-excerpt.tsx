import { describeError } from '../../../lib/api-error';
import { stringProp } from '../../../lib/graph-properties';
import { useNode } from '../api/get-node';
import { excerptAround } from '../model/excerpt';
import type { Evidence } from '../model/relations';

/** The words of the source that a fact rests on, highlighted in their paragraph. */
export function EvidenceExcerpt({ evidence }: { evidence: Evidence }) {
  const article = useNode(evidence.articleId);
  if (article.isPending) return <p className="muted">Loading the source…</p>;
  if (article.isError) return <p role="alert">{describeError(article.error)}</p>;
  const text = stringProp(article.data, 'text');
  const excerpt = text ? excerptAround(text, evidence.start, evidence.end) : null;
  if (!excerpt) return <p className="muted">The source text does not contain this passage.</p>;
  return (
    <blockquote className="evidence original-text" lang={stringProp(article.data, 'lang')}>
      {excerpt.cutBefore && '…'}
      {excerpt.before}
      <mark>{excerpt.evidence}</mark>
      {excerpt.after}
      {excerpt.cutAfter && '…'}
    </blockquote>
  );
}
