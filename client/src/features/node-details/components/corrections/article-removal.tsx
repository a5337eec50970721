import type { ArticleRemovalResponse, GraphNode } from '@parley/graph-schema';
import { useDeleteArticle } from '../../api/delete-article';
import { ConfirmButton } from './confirm-button';
import { CorrectionSection } from './correction-section';
import { WriteStatus } from './write-status';
import { pluralise } from '../../../../lib/plural';

/** An article removed with every fact only it reports; facts other articles report too stay. */
export function ArticleRemoval({
  article,
  reported,
  onRemoved,
}: {
  article: GraphNode;
  /** Statements it reports, some of which other articles may report too. */
  reported: number;
  onRemoved: (result: ArticleRemovalResponse) => void;
}) {
  const remove = useDeleteArticle(onRemoved);
  return (
    <CorrectionSection title="Correct this article">
      <ConfirmButton
        label="Delete this article"
        question={`Delete “${article.label}” and every fact only it reports (of its ${pluralise(reported, 'statement')})? Facts other articles also report stay. Re-ingesting it will not bring them back.`}
        confirmLabel="Delete the article"
        pending={remove.isPending}
        onConfirm={() => remove.mutate(article.id)}
      />
      <WriteStatus isSuccess={false} error={remove.error} done="" />
    </CorrectionSection>
  );
}
