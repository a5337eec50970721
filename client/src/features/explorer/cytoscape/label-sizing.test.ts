import { describe, expect, it } from 'vitest';
import { LABEL_SCREEN_PX, labelScale } from './label-sizing';

describe('labelScale', () => {
  it('keeps a label between the readable minimum and the maximum on screen', () => {
    for (const zoom of [0.1, 0.3, 0.786, 1, 2, 4])
      for (const font of [9, 11, 14]) {
        const onScreen = font * labelScale(font, zoom) * zoom;
        expect(onScreen).toBeGreaterThanOrEqual(LABEL_SCREEN_PX.min - 1e-9);
        expect(onScreen).toBeLessThanOrEqual(LABEL_SCREEN_PX.max + 1e-9);
      }
  });

  it('leaves a label at its own size where that already reads', () => {
    expect(labelScale(14, 1)).toBe(1);
  });
});
