import { kindOfId } from '@parley/graph-schema';
import { useEffect, useRef, type RefObject } from 'react';
import {
  requestFit,
  requestZoomIn,
  requestZoomOut,
  type CanvasCommands,
  type CanvasState,
} from '../features/explorer';
import type { StatementSteps } from '../features/node-details';

export type ShortcutContext = {
  state: CanvasState;
  commands: CanvasCommands;
  steps: StatementSteps;
  searchInput: RefObject<HTMLInputElement | null>;
  /** The nodes chosen at once (shift-click, a box); E and H act on all of them when several. */
  chosenNodeIds: readonly string[];
};

/** Inputs that take no text (a checkbox, a button) leave the shortcuts working. */
const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
]);

/** Keys typed into a field, or inside a modal dialog, belong to it and not to the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** A modal dialog owns every key, even one pressed while its focus fell to the page behind. */
function isModalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null;
}

/** The action a key stands for, or undefined; pure so that the table is readable in one place. */
export function shortcutAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  ctx: ShortcutContext,
): (() => void) | undefined {
  const { state, commands, steps } = ctx;
  const modifier = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (modifier && key === 'z') return event.shiftKey ? commands.redo : commands.undo;
  if (modifier && key === 'y') return commands.redo;
  if (modifier || event.altKey) return undefined;

  const selected = state.selection?.type === 'node' ? state.selection.id : undefined;
  switch (event.key) {
    case '/':
      return () => ctx.searchInput.current?.focus();
    case 'Escape':
      return state.mode === 'thread'
        ? () => commands.setMode('explore')
        : () => commands.select(null);
    case 'ArrowUp':
    case 'ArrowLeft':
      return steps.previous ? () => steps.previous && commands.open(steps.previous) : undefined;
    case 'ArrowDown':
    case 'ArrowRight':
      return steps.next ? () => steps.next && commands.open(steps.next) : undefined;
    case '+':
    case '=':
      return requestZoomIn;
    case '-':
      return requestZoomOut;
  }
  switch (key) {
    case 'f':
      return requestFit;
    case 'w':
      return () => commands.setMode(state.mode === 'who-said-what' ? 'explore' : 'who-said-what');
  }
  if (!selected || state.mode !== 'explore') return undefined;
  const chosen = ctx.chosenNodeIds;
  if (chosen.length > 1)
    switch (key) {
      case 'e':
        return () => commands.expandAll(chosen);
      case 'h':
      case 'delete':
        return () => commands.hideAll(chosen);
    }
  switch (key) {
    case 'e':
      return () => commands.expandOrShowMore(selected);
    case 'c':
      return () => commands.collapse(selected);
    case 'h':
    case 'delete':
      return () => commands.hide(selected);
    case 't':
      return kindOfId(selected) === 'statement' ? () => commands.openThread(selected) : undefined;
  }
  return undefined;
}

/**
 * One keydown listener for the page; keys typed into a field stay with the field, and a key a
 * component already handled (Escape closing a form) does nothing more.
 */
export function useKeyboardShortcuts(ctx: ShortcutContext): void {
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented || isModalOpen()) return;
      const action = shortcutAction(event, latest.current);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
