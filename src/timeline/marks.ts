/** The marks: one button per event, in date order, placed by the layout. */
import { create } from '../dom.ts';
import { markClasses } from './mark-kind.ts';
import type { MarkLayout, PlacedMark } from './mark-layout.ts';
import { themeColor } from './theme-colors.ts';

/** Height of a lane, in pixels: one 24 px target. */
export const LANE_HEIGHT = 24;

/**
 * Creates the buttons, replacing the list's items. Each is named by `nameOf`, carries its event's id
 * in `data-event-id` and is out of the tab order until the timeline makes it the roving stop.
 * @returns the buttons by event id
 */
export function buildMarks(
  list: HTMLElement,
  marks: readonly PlacedMark[],
  nameOf: (mark: PlacedMark) => string,
): Map<string, HTMLButtonElement> {
  list.replaceChildren();
  const buttons = new Map<string, HTMLButtonElement>();
  for (const mark of marks) {
    const item = create('li', 'timeline-item', list);
    const button = create('button', ['timeline-mark', ...markClasses(mark.kind)].join(' '), item);
    button.type = 'button';
    button.tabIndex = -1;
    button.dataset.eventId = mark.event.id;
    button.setAttribute('aria-label', nameOf(mark));
    button.style.setProperty('--mark-color', themeColor(mark.event.themes));
    create('span', 'timeline-glyph', button).setAttribute('aria-hidden', 'true');
    buttons.set(mark.event.id, button);
  }
  return buttons;
}

/** Moves the buttons to the layout's positions; lane 0 sits on the axis. */
export function placeMarks(list: HTMLElement, buttons: ReadonlyMap<string, HTMLElement>, layout: MarkLayout): void {
  const lanes = Math.max(1, layout.laneCount);
  list.style.height = `${lanes * LANE_HEIGHT}px`;
  for (const mark of layout.marks) {
    const item = buttons.get(mark.event.id)?.parentElement;
    if (!item) continue;
    item.style.left = `${mark.left}px`;
    item.style.width = `${mark.width}px`;
    item.style.top = `${(lanes - 1 - mark.lane) * LANE_HEIGHT}px`;
  }
}
