import { useState } from 'react';
import { AddArticleDialog } from './add-article-dialog';

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
      {open && <AddArticleDialog onClose={() => setOpen(false)} onShowArticle={onShowArticle} />}
    </>
  );
}
