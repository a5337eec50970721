import { savedViewPath, type SavedView, type ViewState } from '@parley/graph-schema';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../lib/api-error';
import { useDismiss } from '../../../lib/use-dismiss';
import { saveView } from '../api/save-view';
import { copyText } from '../../../lib/copy-text';
import { chooseShareLink } from '../share-link';

export type CurrentView = { state: ViewState; savedViewId: string | null };

type Shared = { url: string; copied: boolean; saved: boolean; note: string | null };

type Props = {
  currentView: () => CurrentView;
  /** Told when a share saved the view, so the address can show /v/<id> too. */
  onSaved: (saved: SavedView) => void;
};

/** Copies a link that reopens the view; long views are saved on the server first. */
export function ShareButton({ currentView, onSaved }: Props) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [working, setWorking] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (shared) field.current?.select();
  }, [shared]);
  useDismiss(shared !== null, panel, () => setShared(null));

  const share = async () => {
    setWorking(true);
    const { state, savedViewId } = currentView();
    const choice = chooseShareLink(window.location.origin, state, savedViewId);
    let result: Omit<Shared, 'copied'>;
    if (choice.kind === 'link') {
      result = { url: choice.url, saved: savedViewId !== null, note: null };
    } else {
      try {
        const saved = await saveView(state);
        onSaved(saved);
        result = {
          url: `${window.location.origin}${savedViewPath(saved.id)}`,
          saved: true,
          note: null,
        };
      } catch (error) {
        const note = `The view could not be saved on the server (${describeError(error)}) This longer link opens it too.`;
        result = { url: choice.fallbackUrl, saved: false, note };
      }
    }
    setShared({ ...result, copied: await copyText(result.url) });
    setWorking(false);
  };

  return (
    <div className="header-menu" ref={panel}>
      <button
        type="button"
        onClick={() => void share()}
        disabled={working}
        aria-expanded={shared !== null}
        title="Copy a link that opens exactly this view"
      >
        {working ? 'Sharing…' : 'Share'}
      </button>
      {shared && (
        <div className="header-popover share-panel" role="dialog" aria-label="Share this view">
          <p role="status">{shared.copied ? 'Link copied.' : 'Copy this link:'}</p>
          <input
            ref={field}
            className="share-link"
            readOnly
            value={shared.url}
            aria-label="Link to this view"
            onFocus={(event) => event.target.select()}
          />
          {shared.saved && (
            <p className="share-note">
              A saved view: it never changes, and says so if nodes leave the graph later.
            </p>
          )}
          {shared.note && (
            <p className="share-note" role="alert">
              {shared.note}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
