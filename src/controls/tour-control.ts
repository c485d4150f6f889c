/**
 * The guided tour (geodata/story.json) as a MapLibre control: "Tour" starts it; each step shows its
 * caption, flies the map, opens the step's event (so the timeline and the reading pane follow), and
 * is kept in the address as `&story=N`. Back and Next, or ← and → inside the box, walk the steps.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { create } from '../dom.ts';
import type { MapEvent, Story } from '../data/types.ts';
import { messages } from '../i18n/i18n.ts';
import type { AppState } from '../state/app-state.ts';
import { select } from '../state/selection.ts';
import type { Store } from '../state/store.ts';

/**
 * The Tour control; applies a step whenever the store's `story` changes, whoever changed it. Added
 * with a step already on (a link to it), it applies that step too, unless `takeToStep` is false: the
 * control added again in another language shows the step's words and leaves the map and the event
 * where the reader has taken them since.
 */
export class TourControl implements IControl {
  private container?: HTMLElement;
  private unsubscribe?: () => void;
  private readonly eventById: Map<string, MapEvent>;

  constructor(
    private readonly story: Story,
    events: readonly MapEvent[],
    private readonly store: Store<AppState>,
    private readonly takeToStep = true,
  ) {
    this.eventById = new Map(events.map((event) => [event.id, event]));
  }

  onAdd(map: MapLibreMap): HTMLElement {
    const words = messages().tour;
    const container = create('div', 'maplibregl-ctrl maplibregl-ctrl-group tour-control');
    const start = create('button', 'tour-start', container, words.start);
    start.type = 'button';
    start.title = words.startLabel(this.story.title);
    start.setAttribute('aria-label', words.startLabel(this.story.title));
    const box = create('section', 'tour-box', container);
    box.setAttribute('aria-label', words.region);
    const heading = create('p', 'tour-heading', box);
    const caption = create('p', 'tour-caption', box);
    caption.setAttribute('aria-live', 'polite');
    const buttons = create('div', 'tour-buttons', box);
    const back = this.button(buttons, words.back, words.backLabel);
    const next = this.button(buttons, words.next, words.nextLabel);
    const close = this.button(buttons, words.end, words.endLabel);
    const go = (step: number | null) => this.store.set({ story: step });
    const count = this.story.steps.length;

    start.addEventListener('click', () => go(1));
    back.addEventListener('click', () => go(Math.max(1, (this.store.get().story ?? 1) - 1)));
    next.addEventListener('click', () => go(Math.min(count, (this.store.get().story ?? 0) + 1)));
    close.addEventListener('click', () => {
      go(null);
      start.focus();
    });
    box.addEventListener('keydown', (key) => {
      if (key.key === 'ArrowRight') next.click();
      else if (key.key === 'ArrowLeft') back.click();
      else if (key.key === 'Escape') close.click();
      else return;
      key.preventDefault();
      key.stopPropagation();
    });

    const render = (state: Readonly<AppState>, previous?: Readonly<AppState>) => {
      const n = state.story !== null && state.story <= count ? state.story : null;
      box.hidden = n === null;
      start.hidden = n !== null;
      if (n === null || n === previous?.story) return;
      const step = this.story.steps[n - 1];
      if (!step) return;
      heading.textContent = words.step(this.story.title, n, count);
      caption.textContent = step.caption;
      back.disabled = n === 1;
      next.disabled = n === count;
      if (!previous && !this.takeToStep) return;
      const event = this.eventById.get(step.events[0] ?? '');
      const place = event?.places[0];
      // With a view of its own, the step flies there; the selection then need not move the map.
      if (step.view) map.flyTo({ center: step.view.center, zoom: step.view.zoom });
      if (event && place) select(this.store, place, { eventId: event.id, at: step.view ? step.view.center : null });
      if (previous) (next.disabled ? back : next).focus({ preventScroll: true });
    };
    render(this.store.get(), undefined);
    this.unsubscribe = this.store.subscribe(
      (state, previous) => state.story !== previous.story && render(state, previous),
    );
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container?.remove();
  }

  private button(parent: HTMLElement, text: string, label: string): HTMLButtonElement {
    const button = create('button', 'tour-button', parent, text);
    button.type = 'button';
    button.title = label;
    button.setAttribute('aria-label', label);
    return button;
  }
}
