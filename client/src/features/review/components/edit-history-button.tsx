import { lazy, Suspense, useState } from 'react';

/** Loaded on first use, like the Add article dialog: most readers never open it. */
const EditHistoryDialog = lazy(async () => ({
  default: (await import('./edit-history-dialog')).EditHistoryDialog,
}));

export function EditHistoryButton({ onShow }: { onShow: (nodeId: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        History
      </button>
      {open && (
        <Suspense fallback={null}>
          <EditHistoryDialog onClose={() => setOpen(false)} onShow={onShow} />
        </Suspense>
      )}
    </>
  );
}
