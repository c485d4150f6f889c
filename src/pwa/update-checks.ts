/**
 * Asks the server now and then whether a new version of the app exists: when the tab comes back
 * into view or the window regains focus, and every hour while it stays open. Each check is one
 * small request for the service worker script (`registration.update()`), skipped while the tab is
 * hidden, while the browser says it is offline, while a new worker is already installing, and
 * within `minGapMs` of the last check, so coming and going between tabs costs nothing.
 */

export interface UpdateCheckOptions {
  /** Milliseconds between checks while the tab stays open and visible. */
  intervalMs: number;
  /** Fewest milliseconds between two checks, whatever asks for them. */
  minGapMs: number;
}

const defaultOptions: UpdateCheckOptions = { intervalMs: 60 * 60 * 1000, minGapMs: 5 * 60 * 1000 };

/**
 * Starts the checks for `registration`; an update found shows up as a waiting worker, which
 * vite-plugin-pwa reports through `onNeedRefresh`.
 *
 * @param registration - the app's service worker registration
 * @param options - how often to check
 * @returns the function that stops the checks
 * @example
 * const stop = checkForUpdates(registration);
 */
export function checkForUpdates(
  registration: ServiceWorkerRegistration,
  options: Partial<UpdateCheckOptions> = {},
): () => void {
  const { intervalMs, minGapMs } = { ...defaultOptions, ...options };
  // The browser itself checks when the page loads, so the first check of ours can wait.
  let lastCheck = Date.now();

  const check = () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine || registration.installing) return;
    if (Date.now() - lastCheck < minGapMs) return;
    lastCheck = Date.now();
    // Rejects when the server cannot be reached: the next check tries again.
    registration.update().catch(() => undefined);
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible') check();
  };

  const timer = setInterval(check, intervalMs);
  document.addEventListener('visibilitychange', onVisibilityChange);
  window.addEventListener('focus', check);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibilityChange);
    window.removeEventListener('focus', check);
  };
}
