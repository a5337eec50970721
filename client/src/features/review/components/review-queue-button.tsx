import { lazy, Suspense, useState } from 'react';
import type { ReviewQueueProps } from './review-queue-dialog';

const ReviewQueueDialog = lazy(async () => ({
  default: (await import('./review-queue-dialog')).ReviewQueueDialog,
}));

/** The header's way into the review queue of the whole graph. */
export function ReviewQueueButton(props: Omit<ReviewQueueProps, 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Review
      </button>
      {open && (
        <Suspense fallback={null}>
          <ReviewQueueDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
