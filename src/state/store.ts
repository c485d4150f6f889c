/**
 * One tiny typed store: get, set, subscribe. The app's single mutable state.
 * `set` keeps the previous value of every key that did not really change, so a subscriber can
 * tell what changed by identity (`state.years !== previous.years`), as Redux-style stores do.
 */

export type Listener<T> = (state: Readonly<T>, previous: Readonly<T>) => void;

export interface Store<T extends object> {
  get(): Readonly<T>;
  /** Replaces the keys of `patch` whose values differ, then notifies subscribers if any did. */
  set(patch: Partial<T>): void;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: Listener<T>): () => void;
}

/**
 * @example
 * const store = createStore({ count: 0, tags: ['a'] });
 * store.subscribe((s, p) => s.tags !== p.tags && console.log('tags changed'));
 * store.set({ count: 1, tags: ['a'] }); // count changes; tags keeps its identity, so nothing is logged
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state: Readonly<T> = { ...initial };
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const changed: Partial<T> = {};
      let any = false;
      for (const key of Object.keys(patch) as (keyof T)[]) {
        if (sameValue(state[key], patch[key])) continue;
        changed[key] = patch[key];
        any = true;
      }
      if (!any) return;
      const previous = state;
      state = { ...state, ...changed };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Equality good enough for state values: primitives, and arrays or plain objects of them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Remembers the last result of `compute` and returns it while every argument is identical (===),
 * so derived data is computed once per change of its inputs.
 * @example
 * const filtered = memoizeLast((years: number[]) => events.filter((e) => inYears(e, years)));
 * filtered(state.years) === filtered(state.years); // true: computed once
 */
export function memoizeLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

/** Runs several undo functions as one, in reverse order of setup. */
export function combineUndo(...undos: (() => void)[]): () => void {
  return () => {
    for (const undo of undos.reverse()) undo();
  };
}
