/** One tiny typed store: get, set (shallow merge), subscribe. The app's single mutable state. */

export interface Store<T extends object> {
  get(): Readonly<T>;
  /** Merges `patch` into the state and notifies subscribers when anything changed. */
  set(patch: Partial<T>): void;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: (state: Readonly<T>, previous: Readonly<T>) => void): () => void;
}

/**
 * @example
 * const store = createStore({ count: 0 });
 * store.subscribe((s) => console.log(s.count));
 * store.set({ count: 1 }); // logs 1
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state: Readonly<T> = { ...initial };
  const listeners = new Set<(state: Readonly<T>, previous: Readonly<T>) => void>();
  return {
    get: () => state,
    set(patch) {
      const changed = (Object.keys(patch) as (keyof T)[]).some((key) => !sameValue(state[key], patch[key]));
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
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
