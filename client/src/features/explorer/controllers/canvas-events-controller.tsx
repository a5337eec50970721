import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { SAID_TO } from '../state/canvas-elements';
import { setHover } from '../state/hover-store';
import { useCytoscape } from './cytoscape-context';

/** Turns taps, double-taps and hovers on the canvas into commands. Renders nothing. */
export function CanvasEventsController() {
  const cy = useCytoscape();
  const commands = useCanvasCommands();
  const latest = useRef(commands);

  useEffect(() => {
    latest.current = commands;
  }, [commands]);

  useEffect(() => {
    const onTapNode = (event: EventObject) => latest.current.select(event.target.id());
    const onTapEdge = (event: EventObject) => {
      const edge = event.target;
      if (edge.data('type') === SAID_TO)
        latest.current.selectPair(edge.data('source'), edge.data('target'));
      else latest.current.selectEdge(edge.id());
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) latest.current.select(null);
    };
    const onDoubleTap = (event: EventObject) => latest.current.expandOrShowMore(event.target.id());
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
    cy.on('mouseover', 'node', onHover);
    cy.on('mouseout', 'node', onLeave);
    cy.on('viewport drag remove', onLeave);
    return () => {
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', 'edge', onTapEdge);
      cy.off('tap', onTapBackground);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('mouseover', 'node', onHover);
      cy.off('mouseout', 'node', onLeave);
      cy.off('viewport drag remove', onLeave);
    };
  }, [cy]);

  return null;
}
