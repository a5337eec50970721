import { describe, expect, it } from 'vitest';
import {
  EMPTY_PLACEMENT,
  cameraPlaced,
  withPosition,
  withViewport,
  withoutPositions,
} from './placement-store';

const viewport = { zoom: 2, x: 1, y: 2, anchorId: null };

describe('placement producers', () => {
  it('keeps an opened view’s camera until it is placed', () => {
    const pending = { ...EMPTY_PLACEMENT, viewport, cameraPending: true };
    expect(withViewport({ ...viewport, zoom: 1 }, null)(pending)).toBe(pending);
    const placed = cameraPlaced(pending);
    expect(withViewport({ ...viewport, zoom: 1 }, null)(placed).viewport?.zoom).toBe(1);
  });

  it('forgets the positions of some nodes, or of all', () => {
    const moved = withPosition('actor:b', { x: 3, y: 4 })(
      withPosition('actor:a', { x: 1, y: 2 })(EMPTY_PLACEMENT),
    );
    expect(Object.keys(withoutPositions(['actor:a'])(moved).positions)).toEqual(['actor:b']);
    expect(withoutPositions()(moved).positions).toEqual({});
    expect(withoutPositions(['actor:c'])(moved)).toBe(moved);
  });
});
