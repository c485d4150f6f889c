/** Keeps the address and the store in step: the store writes the hash; an edited hash updates the store. */
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';
import { hashFromState, stateFromHash } from './url-state.ts';

export interface UrlSyncOptions {
  /** The layer toggles that exist, so a shared link cannot hide what is not there. */
  layerKeys?: readonly string[];
  /** At most one address write per this many ms (MapLibre's hash.ts uses 300). */
  throttleMs?: number;
}

/**
 * Writes the store to the address (at once, then at most every `throttleMs` while changes keep
 * coming, as when a slider is dragged) and reads an edited address back into the store.
 * @returns the function that stops both
 */
export function syncStateWithUrl(store: Store<AppState>, defaults: AppState, options: UrlSyncOptions = {}): () => void {
  const { layerKeys, throttleMs = 300 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const write = () => {
    const hash = hashFromState(store.get(), defaults);
    if (hash === location.hash) return;
    try {
      // replaceState: moving the map should not fill the back button's history.
      history.replaceState(history.state, '', hash);
    } catch {
      // Safari throws after 100 calls in 30 s (MapLibre's hash.ts guards the same way); the next
      // change writes the address again, and the store stays right meanwhile.
    }
  };
  const cool = () => {
    timer = undefined;
    if (pending) {
      pending = false;
      write();
      timer = setTimeout(cool, throttleMs);
    }
  };
  const unsubscribe = store.subscribe(() => {
    if (timer !== undefined) {
      pending = true;
      return;
    }
    write();
    timer = setTimeout(cool, throttleMs);
  });
  const onHashChange = () => store.set(stateFromHash(location.hash, defaults, layerKeys));
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
  };
}
