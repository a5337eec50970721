import { VIEW_LIMITS, savedViewPath, viewStatePath, type ViewState } from '@parley/graph-schema';

export type ShareChoice =
  | { kind: 'link'; url: string }
  /** Too long for a chat message, or holding hand-placed nodes: save it, share /v/<id>. */
  | { kind: 'save'; fallbackUrl: string };

/** How to share a view: its own short link, the saved view it still is, or a new saved view. */
export function chooseShareLink(
  origin: string,
  state: ViewState,
  savedViewId: string | null,
): ShareChoice {
  if (savedViewId !== null) return { kind: 'link', url: `${origin}${savedViewPath(savedViewId)}` };
  const url = `${origin}${viewStatePath(state)}`;
  const placedByHand = Object.keys(state.positions).length > 0;
  return url.length > VIEW_LIMITS.urlChars || placedByHand
    ? { kind: 'save', fallbackUrl: url }
    : { kind: 'link', url };
}
