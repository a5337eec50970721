import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { useNodeSelection } from '../data/use-node-selection';
import { SAID_TO } from '../state/canvas-elements';
import { openContextMenu } from '../state/context-menu-store';
import { setHover } from '../state/hover-store';
import { useCytoscape } from './cytoscape-context';

const withShift = (event: EventObject) =>
  event.originalEvent instanceof MouseEvent && event.originalEvent.shiftKey;

// Cytoscape fires taphold for a held mouse button too, which is the start of a drag there.
const byTouch = (event: EventObject) =>
  typeof TouchEvent !== 'undefined' && event.originalEvent instanceof TouchEvent;

/**
 * Turns taps, double-taps, right-clicks, long-presses, box selections and hovers on the canvas
 * into commands. Renders nothing.
 */
export function CanvasEventsController() {
  const cy = useCytoscape();
  const commands = useCanvasCommands();
  const selection = useNodeSelection();
  const latest = useRef({ commands, selection });

  useEffect(() => {
    latest.current = { commands, selection };
  }, [commands, selection]);

  useEffect(() => {
    // Cytoscape calls two quick taps a double-tap even on two different nodes.
    let taps: [string | null, string | null] = [null, null];
    const onTapNode = (event: EventObject) => {
      const id = event.target.id();
      taps = [taps[1], id];
      if (withShift(event)) latest.current.selection.toggle(id);
      else latest.current.commands.select(id);
    };
    const onTapEdge = (event: EventObject) => {
      const edge = event.target;
      const { commands } = latest.current;
      if (edge.data('type') === SAID_TO)
        commands.selectPair(edge.data('source'), edge.data('target'));
      else commands.selectEdge(edge.id());
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) latest.current.commands.select(null);
    };
    const onDoubleTap = (event: EventObject) => {
      const id = event.target.id();
      if (taps[0] === id && !withShift(event)) latest.current.commands.expandOrShowMore(id);
    };
    const onMenu = (event: EventObject) =>
      openContextMenu(event.target.id(), event.target.renderedPosition(), {
        width: cy.width(),
        height: cy.height(),
      });
    const onLongPress = (event: EventObject) => {
      if (byTouch(event)) onMenu(event);
    };
    // Cytoscape emits `box` on each node in the box, one after another, then nothing more.
    let boxed: string[] = [];
    const onBoxNode = (event: EventObject) => {
      if (boxed.length === 0)
        queueMicrotask(() => {
          latest.current.selection.add(boxed);
          boxed = [];
        });
      boxed.push(event.target.id());
    };
    const onHover = (event: EventObject) => {
      const { x, y } = event.target.renderedPosition();
      event.target.addClass('hovered');
      setHover({ nodeId: event.target.id(), x, y });
    };
    const onLeave = () => {
      cy.nodes('.hovered').removeClass('hovered');
      setHover(null);
    };

    cy.on('tap', 'node', onTapNode);
    cy.on('tap', 'edge', onTapEdge);
    cy.on('tap', onTapBackground);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('cxttap', 'node', onMenu);
    cy.on('taphold', 'node', onLongPress);
    cy.on('box', 'node', onBoxNode);
    cy.on('mouseover', 'node', onHover);
    cy.on('mouseout', 'node', onLeave);
    cy.on('viewport drag remove', onLeave);
    return () => {
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', 'edge', onTapEdge);
      cy.off('tap', onTapBackground);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('cxttap', 'node', onMenu);
      cy.off('taphold', 'node', onLongPress);
      cy.off('box', 'node', onBoxNode);
      cy.off('mouseover', 'node', onHover);
      cy.off('mouseout', 'node', onLeave);
      cy.off('viewport drag remove', onLeave);
    };
  }, [cy]);

  return null;
}
