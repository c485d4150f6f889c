import { describe, expect, it } from 'vitest';
import { combineUndo, createStore, memoizeLast } from '../../src/state/store.ts';

describe('the store', () => {
  it('notifies on change only, with the previous state', () => {
    const store = createStore({ a: 1, list: [1, 2] });
    const seen: string[] = [];
    store.subscribe((state, previous) => seen.push(`${previous.a}->${state.a}`));
    store.set({ a: 1, list: [1, 2] });
    store.set({ a: 2 });
    expect(seen).toEqual(['1->2']);
  });
});

describe('identity means change', () => {
  it('keeps the identity of every key that did not change', () => {
    const store = createStore({ a: 1, list: [1, 2], other: ['x'] });
    const before = store.get();
    store.set({ a: 2, list: [1, 2], other: ['y'] });
    expect(store.get().list).toBe(before.list);
    expect(store.get().other).not.toBe(before.other);
  });

  it('stops notifying a listener once unsubscribed', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set({ a: 2 });
    unsubscribe();
    store.set({ a: 3 });
    expect(calls).toBe(1);
  });
});

describe('memoizeLast', () => {
  it('computes again only when an argument is a different object', () => {
    let runs = 0;
    const double = memoizeLast((list: number[]) => {
      runs++;
      return list.map((n) => n * 2);
    });
    const list = [1, 2];
    expect(double(list)).toBe(double(list));
    expect(double([1, 2])).toEqual([2, 4]);
    expect(runs).toBe(2);
  });
});

describe('combineUndo', () => {
  it('undoes in reverse order of setup', () => {
    const order: string[] = [];
    combineUndo(
      () => order.push('first'),
      () => order.push('second'),
    )();
    expect(order).toEqual(['second', 'first']);
  });
});
