import { lazy, Suspense, useState } from 'react';

/** Loaded on first use: most readers never add an article, so the first view does not carry it. */
const AddArticleDialog = lazy(async () => ({
  default: (await import('./add-article-dialog')).AddArticleDialog,
}));

/** The header's way in: the dialog exists only while open, so it starts blank every time. */
export function AddArticleButton({
  onShowArticle,
}: {
  onShowArticle: (articleId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Add article
      </button>
      {open && (
        <Suspense fallback={null}>
          <AddArticleDialog onClose={() => setOpen(false)} onShowArticle={onShowArticle} />
        </Suspense>
      )}
    </>
  );
}
