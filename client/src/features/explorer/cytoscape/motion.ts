import type { Core } from 'cytoscape';

/**
 * Above this many elements camera moves and layout transitions jump instead of gliding: on the
 * 2-core machine without GPU a moving camera drew 44–46 fps with 1 k elements and 18–23 fps
 * with 5 k (`npm run bench`), too few frames for motion to help the eye follow.
 */
export const SMOOTH_MOTION_MAX_ELEMENTS = 2_000;

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Whether changes to this canvas animate: the reader wants motion and it can be drawn smoothly. */
export const animatesSmoothly = (cy: Core): boolean =>
  !prefersReducedMotion() && cy.elements().length <= SMOOTH_MOTION_MAX_ELEMENTS;
