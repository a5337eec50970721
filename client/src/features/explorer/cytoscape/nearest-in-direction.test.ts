import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo, type PlacedNode } from './nearest-in-direction';

const centre: PlacedNode = { id: 'centre', x: 0, y: 0 };
const node = (id: string, x: number, y: number): PlacedNode => ({ id, x, y });

describe('nearestInDirection', () => {
  const around = [
    centre,
    node('north', 0, -100),
    node('south', 0, 100),
    node('east', 100, 0),
    node('west', -100, 0),
  ];

  it.each([
    ['up', 'north'],
    ['down', 'south'],
    ['right', 'east'],
    ['left', 'west'],
  ] as const)('%s goes to the node %s of it (y grows downwards)', (direction, expected) => {
    expect(nearestInDirection(centre, around, direction)).toBe(expected);
  });

  it('prefers a node straight ahead to a nearer one far off the axis', () => {
    const ahead = node('ahead', 180, 0);
    const aside = node('aside', 50, 80);
    expect(nearestInDirection(centre, [ahead, aside], 'right')).toBe('ahead');
  });

  it('takes the nearer of two nodes on the axis', () => {
    expect(nearestInDirection(centre, [node('far', 300, 0), node('near', 120, 10)], 'right')).toBe(
      'near',
    );
  });

  it('finds nothing when no node lies that way, or only one more than 60° off', () => {
    expect(nearestInDirection(centre, [node('west', -100, 0)], 'right')).toBeUndefined();
    expect(nearestInDirection(centre, [node('steep', 10, -100)], 'right')).toBeUndefined();
    expect(nearestInDirection(centre, [centre], 'up')).toBeUndefined();
  });

  it('ignores a node drawn on the same spot', () => {
    expect(nearestInDirection(centre, [node('twin', 0, 0)], 'down')).toBeUndefined();
  });

  it('breaks a tie by id, so the same canvas always answers the same', () => {
    const tied = [node('b', 100, 20), node('a', 100, -20)];
    expect(nearestInDirection(centre, tied, 'right')).toBe('a');
  });
});

describe('nearestTo', () => {
  it('is the node closest to the point, undefined on an empty canvas', () => {
    expect(nearestTo({ x: 90, y: 5 }, [node('a', 0, 0), node('b', 100, 0)])).toBe('b');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeUndefined();
  });
});
