/** Tiny typed DOM builders. Data only ever reaches the page through textContent, never as HTML. */

/**
 * Creates an element, optionally with a class, text and a parent to append to.
 * @example create('p', 'note', parent, 'Exact location')
 */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  parent?: HTMLElement,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  parent?.appendChild(element);
  return element;
}

/** True for addresses it is safe to link to: only http and https. */
export function isWebUrl(address: string): boolean {
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A link that opens in a new tab without giving the new page a handle on ours; for any address that
 * is not http(s) it returns plain text instead.
 */
export function externalLink(address: string, text: string, parent?: HTMLElement): HTMLElement {
  if (!isWebUrl(address)) return create('span', undefined, parent, text);
  const link = create('a', undefined, parent, text);
  link.href = address;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/**
 * A slider of whole years in its label: `<label class="…"><span class="…">text</span><input type="range"></label>`.
 * @example yearSlider(fieldset, { label: 'year-slider', name: 'year-slider-label' }, 'From year', 1960, 2026).input
 */
export function yearSlider(
  parent: HTMLElement,
  classes: { label: string; name: string },
  text: string,
  min: number,
  max: number,
): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = create('label', classes.label, parent);
  create('span', classes.name, label, text);
  const input = create('input', undefined, label);
  input.type = 'range';
  input.min = String(min);
  input.max = String(max);
  input.step = '1';
  return { label, input };
}
