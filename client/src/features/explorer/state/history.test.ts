import { describe, expect, it } from 'vitest';
import { commit, createHistory, HISTORY_LIMIT_STEPS, redo, replace, undo } from './history';

const add = (n: number) => (s: number) => s + n;
const same = (s: number) => s;

describe('history', () => {
  it('undoes and redoes committed changes in order', () => {
    let h = createHistory(0);
    h = commit(add(1))(h);
    h = commit(add(2))(h);
    expect(h.present).toBe(3);
    h = undo(h);
    expect(h.present).toBe(1);
    h = undo(h);
    expect(h.present).toBe(0);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(3);
    expect(redo(h)).toBe(h);
  });

  it('drops the redo stack on a new change and records nothing for a no-op', () => {
    let h = commit(add(1))(createHistory(0));
    h = undo(h);
    h = commit(add(5))(h);
    expect(h.future).toEqual([]);
    expect(commit(same)(h)).toBe(h);
  });

  it('changes the present without an undo step on replace', () => {
    const h = replace(add(1))(commit(add(1))(createHistory(0)));
    expect(h.present).toBe(2);
    expect(h.past).toEqual([0]);
  });

  it('keeps a bounded number of steps', () => {
    let h = createHistory(0);
    for (let i = 0; i < HISTORY_LIMIT_STEPS + 10; i++) h = commit(add(1))(h);
    expect(h.past).toHaveLength(HISTORY_LIMIT_STEPS);
  });
});
