import {
  getEmptyViewState,
  restoreViewState,
  type RestoredViewState,
  type ViewSelection,
  type ViewState,
} from './view-state';

/**
 * The view state in a URL: `?view=<token>`, the token being base64url of a JSON object with
 * one- or two-letter keys, holding only what differs from the empty state. Readable nowhere but
 * here, so the long names stay in the schema and saved views; `v` keeps its name so an old
 * link is upgraded like any other stored state.
 */
export const VIEW_URL_PARAM = 'view';

/** The one problem of a token that is not a view at all (cut short, edited, not base64url). */
export const VIEW_TOKEN_UNREADABLE = 'the link is damaged and could not be read';

/** Where a saved view opens; the server answers every path outside /api with the client. */
export const savedViewPath = (id: string) => `/v/${encodeURIComponent(id)}`;

/** Model coordinates to the pixel, zoom to a thousandth: what a reader can tell apart. */
const round = (n: number, decimals = 0) => {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
};

type Compact = Record<string, unknown>;

function compactSelection(selection: ViewSelection): unknown {
  if (selection.type === 'node') return selection.id;
  if (selection.type === 'edge') return { e: selection.id };
  return [selection.speakerId, selection.addresseeId];
}

function expandSelection(value: unknown): unknown {
  if (typeof value === 'string') return { type: 'node', id: value };
  if (Array.isArray(value)) return { type: 'pair', speakerId: value[0], addresseeId: value[1] };
  if (typeof value === 'object' && value !== null && 'e' in value)
    return { type: 'edge', id: value.e };
  return value;
}

function toCompact(state: ViewState): Compact {
  const empty = getEmptyViewState();
  const { filters } = state;
  const out: Compact = { v: state.v };
  const set = (key: string, value: unknown, skip: boolean) => {
    if (!skip) out[key] = value;
  };
  set('o', 0, state.showOverview);
  set('a', state.addedNodeIds, state.addedNodeIds.length === 0);
  set(
    'e',
    state.expansions.map((e) => {
      if (e.types) return [e.nodeId, e.pages, e.types];
      return e.pages === 1 ? e.nodeId : [e.nodeId, e.pages];
    }),
    state.expansions.length === 0,
  );
  set('h', state.hiddenNodeIds, state.hiddenNodeIds.length === 0);
  set('s', state.selection && compactSelection(state.selection), state.selection === null);
  set('f', state.focusNodeId, state.focusNodeId === null);
  set('m', state.mode, state.mode === empty.mode);
  set('t', state.threadStatementId, state.threadStatementId === null);
  set('l', state.layout, state.layout === empty.layout);
  set('ns', state.nodeSize, state.nodeSize === empty.nodeSize);
  set('nc', state.nodeColour, state.nodeColour === empty.nodeColour);
  set('k', filters.hiddenKinds, filters.hiddenKinds.length === 0);
  set('r', filters.hiddenRelTypes, filters.hiddenRelTypes.length === 0);
  set('g', filters.hiddenLangs, filters.hiddenLangs.length === 0);
  set('x', filters.hiddenArticleIds, filters.hiddenArticleIds.length === 0);
  set('c', filters.hiddenSources, filters.hiddenSources.length === 0);
  set('d', [filters.dateFrom, filters.dateTo], !filters.dateFrom && !filters.dateTo);
  set('u', 1, !filters.hideUndated);
  set('nr', 1, !filters.needsReviewOnly);
  const { viewport } = state;
  if (viewport) {
    const camera = [round(viewport.zoom, 3), round(viewport.x), round(viewport.y)];
    out.z = viewport.anchorId ? [...camera, viewport.anchorId] : camera;
  }
  if (state.arrangement)
    out.w = [state.arrangement.of, ...state.arrangement.xy.map((c) => round(c))];
  const positions = Object.entries(state.positions);
  set(
    'p',
    Object.fromEntries(positions.map(([id, p]) => [id, [round(p.x), round(p.y)]])),
    positions.length === 0,
  );
  return out;
}

const pair = (value: unknown): [unknown, unknown] =>
  Array.isArray(value) ? [value[0], value[1]] : [undefined, undefined];

/** Back to long names; shapes that do not fit are passed on for `restoreViewState` to judge. */
function fromCompact(c: Compact): Record<string, unknown> {
  const [dateFrom, dateTo] = pair(c.d);
  const camera = Array.isArray(c.z) ? c.z : undefined;
  const positions =
    typeof c.p === 'object' && c.p !== null
      ? Object.fromEntries(
          Object.entries(c.p).map(([id, p]) => {
            const [x, y] = pair(p);
            return [id, { x, y }];
          }),
        )
      : c.p;
  return {
    v: c.v,
    showOverview: c.o === undefined ? undefined : c.o !== 0,
    addedNodeIds: c.a,
    expansions: Array.isArray(c.e)
      ? c.e.map((e: unknown) =>
          Array.isArray(e)
            ? { nodeId: e[0], pages: e[1], ...(e[2] === undefined ? {} : { types: e[2] }) }
            : { nodeId: e, pages: 1 },
        )
      : c.e,
    hiddenNodeIds: c.h,
    selection: c.s === undefined ? undefined : expandSelection(c.s),
    focusNodeId: c.f,
    mode: c.m,
    threadStatementId: c.t,
    layout: c.l,
    nodeSize: c.ns,
    nodeColour: c.nc,
    filters: {
      hiddenKinds: c.k,
      hiddenRelTypes: c.r,
      hiddenLangs: c.g,
      hiddenArticleIds: c.x,
      hiddenSources: c.c,
      dateFrom: dateFrom ?? undefined,
      dateTo: dateTo ?? undefined,
      hideUndated: c.u === undefined ? undefined : c.u === 1,
      needsReviewOnly: c.nr === undefined ? undefined : c.nr === 1,
    },
    viewport: camera
      ? { zoom: camera[0], x: camera[1], y: camera[2], anchorId: camera[3] ?? null }
      : c.z,
    arrangement: Array.isArray(c.w) ? { of: c.w[0], xy: c.w.slice(1) } : c.w,
    positions,
  };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const base64 = token.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The URL token of a view state: stable, so equal states give equal tokens. */
export function serialiseViewState(state: ViewState): string {
  return toBase64Url(JSON.stringify(toCompact(state)));
}

/** The path and query that open this state, for a link or the address bar. */
export const viewStatePath = (state: ViewState) =>
  `/?${VIEW_URL_PARAM}=${serialiseViewState(state)}`;

/** Reads a URL token back through `restoreViewState`; a token that is not one names the problem. */
export function parseViewState(token: string): RestoredViewState {
  let compact: unknown;
  try {
    compact = JSON.parse(fromBase64Url(token.trim()));
  } catch {
    return { state: getEmptyViewState(), problems: [VIEW_TOKEN_UNREADABLE] };
  }
  if (typeof compact !== 'object' || compact === null || Array.isArray(compact))
    return { state: getEmptyViewState(), problems: [VIEW_TOKEN_UNREADABLE] };
  return restoreViewState(fromCompact(compact as Compact));
}
