import { useEffect } from 'react';
import { useExplorerData } from '../data/explorer-data';
import { useNodeSelection } from '../data/use-node-selection';
import { describeSelection } from '../state/announcement';
import { clearNotice, useNotice } from '../state/announcement-store';

/** Long enough to read "Link copied"; it stays in the live region's history for screen readers. */
const NOTICE_MS = 3_000;

/** Says what is selected to screen readers, and shows the canvas's passing notices. */
export function CanvasAnnouncer() {
  const { elements } = useExplorerData();
  const { ids } = useNodeSelection();
  const notice = useNotice();

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(clearNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <>
      <p className="visually-hidden" role="status" data-testid="canvas-announcement">
        {describeSelection(ids, elements)}
      </p>
      <p className="canvas-notice" role="status" hidden={!notice}>
        {notice?.text}
      </p>
    </>
  );
}
