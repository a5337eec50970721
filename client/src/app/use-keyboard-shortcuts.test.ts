import { describe, expect, it, vi } from 'vitest';
import { getEmptyCanvasState } from '../features/explorer/state/canvas-state';
import {
  requestFit,
  requestZoomIn,
  requestZoomOut,
  type CanvasCommands,
} from '../features/explorer';
import { shortcutAction, type ShortcutContext } from './use-keyboard-shortcuts';

function context(overrides: Partial<ShortcutContext> = {}): ShortcutContext {
  const commands = new Proxy({} as Record<string, unknown>, {
    get: (target, name: string) => (target[name] ??= vi.fn()),
  }) as unknown as CanvasCommands;
  return {
    state: { ...getEmptyCanvasState(), selection: { type: 'node', id: 'statement:a:b' } },
    commands,
    steps: { previous: 'statement:a:earlier', next: undefined },
    searchInput: { current: null },
    chosenNodeIds: [],
    ...overrides,
  };
}

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutAction', () => {
  it('zooms with + (or =) and -, and fits with F', () => {
    const ctx = context();
    expect(shortcutAction(key('+'), ctx)).toBe(requestZoomIn);
    expect(shortcutAction(key('='), ctx)).toBe(requestZoomIn);
    expect(shortcutAction(key('-'), ctx)).toBe(requestZoomOut);
    expect(shortcutAction(key('F'), ctx)).toBe(requestFit);
    expect(shortcutAction(key('-', { ctrlKey: true }), ctx)).toBeUndefined();
  });

  it('maps Ctrl-Z, Ctrl-Shift-Z and Ctrl-Y to undo and redo', () => {
    const ctx = context();
    expect(shortcutAction(key('z', { ctrlKey: true }), ctx)).toBe(ctx.commands.undo);
    expect(shortcutAction(key('Z', { ctrlKey: true, shiftKey: true }), ctx)).toBe(
      ctx.commands.redo,
    );
    expect(shortcutAction(key('y', { metaKey: true }), ctx)).toBe(ctx.commands.redo);
  });

  it('acts on the selected node in explore mode only', () => {
    const ctx = context();
    shortcutAction(key('e'), ctx)?.();
    expect(ctx.commands.expandOrShowMore).toHaveBeenCalledWith('statement:a:b');
    shortcutAction(key('t'), ctx)?.();
    expect(ctx.commands.openThread).toHaveBeenCalledWith('statement:a:b');
    const wsw = context({ state: { ...ctx.state, mode: 'who-said-what' } });
    expect(shortcutAction(key('e'), wsw)).toBeUndefined();
  });

  it('expands and hides every chosen node when several are', () => {
    const chosenNodeIds = ['actor:a', 'statement:a:b'];
    const ctx = context({ chosenNodeIds });
    shortcutAction(key('e'), ctx)?.();
    expect(ctx.commands.expandAll).toHaveBeenCalledWith(chosenNodeIds);
    shortcutAction(key('Delete'), ctx)?.();
    expect(ctx.commands.hideAll).toHaveBeenCalledWith(chosenNodeIds);
    shortcutAction(key('c'), ctx)?.();
    expect(ctx.commands.collapse).toHaveBeenCalledWith('statement:a:b');
  });

  it('steps along the thread only where there is a step', () => {
    const ctx = context();
    shortcutAction(key('ArrowUp'), ctx)?.();
    expect(ctx.commands.open).toHaveBeenCalledWith('statement:a:earlier');
    expect(shortcutAction(key('ArrowDown'), ctx)).toBeUndefined();
  });

  it('leaves other keys and modified keys alone', () => {
    expect(shortcutAction(key('q'), context())).toBeUndefined();
    expect(shortcutAction(key('e', { altKey: true }), context())).toBeUndefined();
  });
});
