/** Keeps the address and the store in step: the store writes the hash; an edited hash updates the store. */
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';
import { hashFromState, stateFromHash } from './url-state.ts';

export function syncStateWithUrl(store: Store<AppState>, defaults: AppState): void {
  store.subscribe((state) => {
    const hash = hashFromState(state, defaults);
    // replaceState: moving the map should not fill the back button's history.
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  });
  window.addEventListener('hashchange', () => store.set(stateFromHash(location.hash, defaults)));
}
