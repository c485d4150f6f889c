/** Speaks short updates to screen readers through one polite live region. */

let region: HTMLElement | undefined;

/** Announces `text`; repeated text is re-announced, since a live region ignores an unchanged value. */
export function announce(text: string): void {
  region ??= document.getElementById('announcer') ?? undefined;
  if (!region) return;
  region.textContent = region.textContent === text ? `${text}\u00a0` : text;
}
