/**
 * Offline use and updates. Registers the service worker that vite-plugin-pwa generates with Workbox
 * (it precaches the whole app: see ./pwa-options.ts), says once when the map has been saved for
 * offline use, and when a new version is waiting, offers to reload into it. New versions are
 * looked for when the page loads, when the tab regains focus, and every hour (./update-checks.ts).
 */
import { registerSW } from 'virtual:pwa-register';
import { messages } from '../i18n/i18n.ts';
import { createNotice, type Notice } from '../notice.ts';
import { checkForUpdates } from './update-checks.ts';
import { createUpdateNotice, LIVE_REGION_DELAY_MS } from './update-notice.ts';

/**
 * Registers the service worker and shows its notices in `container`.
 *
 * Where service workers are missing or refused (an old browser, a private window that forbids
 * them, a page not served over https or from localhost), the app works as before, online only.
 *
 * @param container - where the notices go: the map's element
 * @returns the function that removes the notices and stops the update checks (the service worker stays)
 * @example
 * setupUpdates(document.getElementById('map'));
 */
export function setupUpdates(container: HTMLElement): () => void {
  if (!('serviceWorker' in navigator)) return () => {};
  let offlineReady: Notice | undefined;
  let offlineReadyTimer: ReturnType<typeof setTimeout> | undefined;
  const updateNotice = createUpdateNotice(container, () => void updateServiceWorker(true));
  const stopReloading = reloadWhenReplaced(navigator.serviceWorker);
  let stopChecks = () => {};
  const updateServiceWorker = registerSW({
    onOfflineReady: () => {
      // Made now rather than at load, so a page with nothing to say keeps its DOM as it was, and
      // filled a moment later, so that screen readers announce it (see LIVE_REGION_DELAY_MS).
      const notice = (offlineReady ??= createNotice(container));
      offlineReadyTimer = setTimeout(() => notice.show(messages().notices.offlineReady), LIVE_REGION_DELAY_MS);
    },
    onNeedRefresh: () => {
      clearTimeout(offlineReadyTimer);
      offlineReady?.hide();
      updateNotice.show();
    },
    // reloadWhenReplaced does it, in every case (see there).
    onNeedReload: () => {},
    onRegisteredSW: (_url, registration) => {
      if (registration) stopChecks = checkForUpdates(registration);
    },
    // Not an error of the map: it still works, only not offline.
    onRegisterError: (error: unknown) => console.warn('Offline use is not available:', error),
  });
  return () => {
    stopReloading();
    stopChecks();
    clearTimeout(offlineReadyTimer);
    offlineReady?.hide();
    updateNotice.remove();
  };
}

/**
 * Reloads the page when a new version's worker takes over from the one that controlled it (after
 * Reload here or in another tab), so that the page never runs old code against new files.
 *
 * Workbox's own reload (vite-plugin-pwa's `controlling` handler) only happens when a worker
 * already controlled the page as it loaded, so it misses a version found during the very visit
 * that installed the first one; this one counts only the controller it has seen.
 *
 * @returns the function that stops listening
 */
function reloadWhenReplaced(workers: ServiceWorkerContainer): () => void {
  let controller = workers.controller;
  const onControllerChange = () => {
    const replaced = controller !== null;
    controller = workers.controller;
    // The first worker taking control (clientsClaim on the first visit) changes nothing on the page.
    if (replaced) location.reload();
  };
  workers.addEventListener('controllerchange', onControllerChange);
  return () => workers.removeEventListener('controllerchange', onControllerChange);
}
