/** Brushing a window of years by dragging on the axis, with mouse, pen or touch (pointer events). */

/** Pixels a pointer must travel before a press becomes a drag; a plain tap changes nothing. */
export const DRAG_THRESHOLD = 4;

/**
 * Listens for drags on `target`. While dragging, `onPreview` gets the whole years under the start and
 * the current position, in order; on release `onCommit` gets the same. A cancelled drag previews null.
 * @param yearAt - the whole year under a viewport x coordinate
 * @returns the function that removes every listener, including those of a drag under way
 * @example const undo = setupBrush(axis, { yearAt, onPreview: draw, onCommit: (years) => app.setYears(years) });
 */
export function setupBrush(
  target: HTMLElement,
  options: {
    yearAt(clientX: number): number;
    onPreview(years: [number, number] | null): void;
    onCommit(years: [number, number]): void;
  },
): () => void {
  const controller = new AbortController();
  let drag: AbortController | null = null;

  const endDrag = () => {
    drag?.abort();
    drag = null;
  };
  const onPointerDown = (down: PointerEvent) => {
    if (down.button !== 0 || drag) return;
    down.preventDefault();
    const startYear = options.yearAt(down.clientX);
    let moved = false;
    const win = target.ownerDocument.defaultView ?? window;
    const years = (event: PointerEvent): [number, number] => {
      const year = options.yearAt(event.clientX);
      return [Math.min(startYear, year), Math.max(startYear, year)];
    };
    drag = new AbortController();
    const { signal } = drag;
    const mine = (event: PointerEvent) => event.pointerId === down.pointerId;
    win.addEventListener(
      'pointermove',
      (event) => {
        if (!mine(event)) return;
        moved ||= Math.abs(event.clientX - down.clientX) >= DRAG_THRESHOLD;
        if (moved) options.onPreview(years(event));
      },
      { signal },
    );
    win.addEventListener(
      'pointerup',
      (event) => {
        if (!mine(event)) return;
        endDrag();
        options.onPreview(null);
        if (moved || Math.abs(event.clientX - down.clientX) >= DRAG_THRESHOLD) options.onCommit(years(event));
      },
      { signal },
    );
    win.addEventListener(
      'pointercancel',
      (event) => {
        if (!mine(event)) return;
        endDrag();
        options.onPreview(null);
      },
      { signal },
    );
  };
  target.addEventListener('pointerdown', onPointerDown, { signal: controller.signal });
  return () => {
    endDrag();
    controller.abort();
  };
}
