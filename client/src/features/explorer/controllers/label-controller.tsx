import { useEffect } from 'react';
import { applyLabelPlan, styleLabelsFor, type DrawnLabel } from '../cytoscape/label-layer';
import { useCytoscape } from './cytoscape-context';

/** A zoom is planned for once it rests: a wheel gesture fires an event per notch. */
const ZOOM_SETTLE_MS = 120;

const sameLabels = (a: readonly DrawnLabel[], b: readonly DrawnLabel[]) =>
  a.length === b.length && a.every((label, i) => JSON.stringify(label) === JSON.stringify(b[i]));

/**
 * Keeps the canvas's labels legible: sized for the zoom, and drawn only where the label plan
 * finds room, the most important first (label-plan.ts). Plans again when the graph, the
 * selection or the zoom changes; a pan changes nothing. Renders nothing; records what it drew
 * on the canvas element (`data-labels`) for tests and debugging.
 */
export function LabelController() {
  const cy = useCytoscape();

  useEffect(() => {
    let styledKey = '';
    let drawn: DrawnLabel[] = [];
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const plan = () => {
      frame = 0;
      clearTimeout(timer);
      if (cy.destroyed()) return;
      styledKey = styleLabelsFor(cy, styledKey);
      const next = applyLabelPlan(cy);
      if (sameLabels(next, drawn)) return;
      drawn = next;
      cy.container()?.setAttribute('data-labels', JSON.stringify(drawn));
    };
    const planSoon = () => {
      if (frame === 0) frame = requestAnimationFrame(plan);
    };
    const planAtRest = () => {
      clearTimeout(timer);
      timer = setTimeout(plan, ZOOM_SETTLE_MS);
    };
    // A pan moves every label alike: what is drawn stays right, only the record moves.
    const recordPan = () => {
      if (drawn.length > 0) planAtRest();
    };

    cy.on('add remove data layoutstop dragfree', planSoon);
    cy.on('class', 'node', planSoon);
    cy.on('zoom', planAtRest);
    cy.on('pan', recordPan);
    planSoon();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      cy.off('add remove data layoutstop dragfree', planSoon);
      cy.off('class', 'node', planSoon);
      cy.off('zoom', planAtRest);
      cy.off('pan', recordPan);
    };
  }, [cy]);

  return null;
}
