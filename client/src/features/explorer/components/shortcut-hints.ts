/** How shortcuts are written in titles and the help line; the handler lives in the app. */
export const SHORTCUT_HINTS = {
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
  expand: 'E',
  collapse: 'C',
  hide: 'H',
  fit: 'F',
  zoomIn: '+',
  zoomOut: '−',
  search: '/',
  previous: '↑',
  next: '↓',
  /** On the focused canvas: to the nearest node that way. */
  step: '← ↑ → ↓',
  openDetails: 'Enter',
  menu: 'Shift+F10',
  addToSelection: 'Shift-click',
  boxSelect: 'Shift-drag',
} as const;
