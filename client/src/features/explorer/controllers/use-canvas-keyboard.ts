import type { Core } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';
import { nearestInDirection, nearestTo, type Direction } from '../cytoscape/nearest-in-direction';
import type { CanvasCommands } from '../data/use-canvas-commands';
import { openContextMenu } from '../state/context-menu-store';

const DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export type CanvasKeyboard = {
  commands: CanvasCommands;
  selectedId: string | null;
  /** Enter: the reader wants the details of the selected node. */
  onOpenDetails: () => void;
};

const placed = (cy: Core) => cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));

/** The model point at the centre of the canvas on screen. */
function viewCentre(cy: Core) {
  const pan = cy.pan();
  const zoom = cy.zoom();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

const PAN_MS = 200;

/** A node stepped to off screen is brought into view. */
function keepInView(cy: Core, id: string) {
  const node = cy.getElementById(id);
  const { x, y } = node.renderedPosition();
  if (x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height()) return;
  void cy.animate({ center: { eles: node } }, { duration: PAN_MS });
}

/** The key's action when the canvas has focus; undefined leaves it to the page's shortcuts. */
function canvasKeyAction(
  cy: Core,
  event: KeyboardEvent,
  { commands, selectedId, onOpenDetails }: CanvasKeyboard,
): (() => void) | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
  const direction = DIRECTIONS[event.key];
  if (direction && !event.shiftKey) {
    if (selected.empty()) {
      const start = nearestTo(viewCentre(cy), placed(cy));
      return start ? () => commands.select(start) : undefined;
    }
    const next = nearestInDirection(
      { id: selected.id(), ...selected.position() },
      placed(cy),
      direction,
    );
    if (!next) return () => undefined;
    return () => {
      commands.select(next);
      keepInView(cy, next);
    };
  }
  if (selected.empty()) return undefined;
  if (event.key === 'Enter') return onOpenDetails;
  if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))
    return () =>
      openContextMenu(selected.id(), selected.renderedPosition(), {
        width: cy.width(),
        height: cy.height(),
      });
  return undefined;
}

/**
 * The canvas as a keyboard widget: arrow keys move the selection to the nearest node that way,
 * Enter opens the details, the Menu key or Shift+F10 the node's menu. E, C, H and the rest stay
 * the page's shortcuts, which skip keys handled here.
 */
export function useCanvasKeyboard(
  cy: Core,
  element: RefObject<HTMLElement | null>,
  keyboard: CanvasKeyboard,
): void {
  const latest = useRef(keyboard);
  useEffect(() => {
    latest.current = keyboard;
  });
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== target) return;
      const action = canvasKeyAction(cy, event, latest.current);
      if (!action) return;
      event.preventDefault();
      action();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [cy, element]);
}
