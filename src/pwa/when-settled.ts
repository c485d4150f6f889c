/**
 * When the page has done its first work: the map drawn with its data, or a load failure or the
 * no-map notice shown (each sets the map's aria-busy to "false"). The offline copy is made after
 * that, so on a poor connection the service worker's downloads (the whole app, about 2 MB) do not
 * compete with the map's own first load.
 */

/**
 * Calls `then` once `element`'s aria-busy is "false", or after `maxWaitMs` whatever it is.
 * @returns the function that stops waiting
 * @example afterSettled(document.getElementById('map'), () => register())
 */
export function afterSettled(element: HTMLElement, then: () => void, maxWaitMs = 15_000): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new MutationObserver(() => {
    if (element.getAttribute('aria-busy') === 'false') finish();
  });
  const timer = setTimeout(finish, maxWaitMs);
  observer.observe(element, { attributes: true, attributeFilter: ['aria-busy'] });
  if (element.getAttribute('aria-busy') === 'false') finish();
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
}
