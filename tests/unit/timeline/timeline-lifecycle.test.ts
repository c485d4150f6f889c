// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_STEP_MS, REDUCED_MOTION_STEP_MS } from '../../../src/timeline/playback.ts';
import { EVENTS, mark, mount, pointer, preferReducedMotion, press } from './timeline-fixtures.ts';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function playButton(root: HTMLElement): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>('.timeline-play-button');
  if (!button) throw new Error('no play button');
  return button;
}

function chooseSpeed(root: HTMLElement, speed: string): void {
  const select = root.querySelector<HTMLSelectElement>('.timeline-speed-select');
  if (!select) throw new Error('no speed select');
  select.value = speed;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('playback', () => {
  it('plays from the first event, one step per interval, then pauses itself at the end', () => {
    vi.useFakeTimers();
    const { root, onSelect } = mount();
    const play = playButton(root);
    expect(play.textContent).toContain('Play');
    play.click();
    expect(onSelect).toHaveBeenLastCalledWith('relations');
    expect(play.textContent).toContain('Pause');
    vi.advanceTimersByTime(BASE_STEP_MS);
    expect(onSelect).toHaveBeenLastCalledWith('finance-span');
    vi.advanceTimersByTime(BASE_STEP_MS * 10);
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(EVENTS.map((e) => e.id));
    expect(play.textContent).toContain('Play');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('continues from the selected event, and pauses', () => {
    vi.useFakeTimers();
    const { root, onSelect } = mount({ selectedId: 'deploy' });
    playButton(root).click();
    expect(onSelect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(BASE_STEP_MS);
    expect(onSelect).toHaveBeenLastCalledWith('camp-attack');
    playButton(root).click();
    vi.advanceTimersByTime(BASE_STEP_MS * 5);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('plays only the events in the window', () => {
    vi.useFakeTimers();
    const { root, onSelect } = mount({ years: [2012, 2020] });
    playButton(root).click();
    vi.advanceTimersByTime(BASE_STEP_MS * 10);
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['deploy', 'camp-attack']);
  });

  it('goes faster at 2× and 4×', () => {
    vi.useFakeTimers();
    const { root, onSelect } = mount();
    chooseSpeed(root, '4');
    playButton(root).click();
    vi.advanceTimersByTime(BASE_STEP_MS / 4);
    expect(onSelect).toHaveBeenCalledTimes(2);
    chooseSpeed(root, '2');
    vi.advanceTimersByTime(BASE_STEP_MS / 4);
    expect(onSelect).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(BASE_STEP_MS / 4);
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('steps more slowly when the reader prefers reduced motion, and scrolls without animation', () => {
    vi.useFakeTimers();
    const restore = preferReducedMotion();
    try {
      const { root, onSelect, timeline, view } = mount();
      playButton(root).click();
      vi.advanceTimersByTime(BASE_STEP_MS);
      expect(onSelect).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(REDUCED_MOTION_STEP_MS - BASE_STEP_MS);
      expect(onSelect).toHaveBeenCalledTimes(2);

      const scroller = root.querySelector<HTMLElement>('.timeline-scroll');
      if (!scroller) throw new Error('no scroller');
      Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: 200 });
      const scrollTo = vi.fn();
      scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
      timeline.update({ ...view, selectedId: 'railway' });
      expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'auto' }));
    } finally {
      restore();
    }
  });
});

describe('update and destroy', () => {
  it('skips work when nothing changed, and rebuilds marks only when the events change', async () => {
    const { root, timeline, view } = mount();
    const before = mark(root, 'deploy');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    timeline.update(view);
    timeline.update({ ...view });
    timeline.update({ ...view, years: [view.years[0], view.years[1]] });
    await Promise.resolve();
    expect(mutations).toEqual([]);

    timeline.update({ ...view, selectedId: 'deploy' });
    expect(mark(root, 'deploy')).toBe(before);
    timeline.update({ ...view, selectedId: 'deploy', events: [...EVENTS] });
    expect(mark(root, 'deploy')).not.toBe(before);
    expect(mark(root, 'deploy').getAttribute('aria-current')).toBe('true');
    observer.disconnect();
  });

  it('keeps focus on a mark when the events are replaced', () => {
    const { root, timeline, view } = mount();
    mark(root, 'deploy').focus();
    timeline.update({ ...view, events: [...EVENTS] });
    expect(document.activeElement).toBe(mark(root, 'deploy'));
  });

  it('removes its elements, listeners and timers', () => {
    vi.useFakeTimers();
    const { parent, root, timeline, onSelect, onYearsChange, view } = mount();
    const target = mark(root, 'deploy');
    const axis = root.querySelector<HTMLElement>('.timeline-axis');
    if (!axis) throw new Error('no axis');
    playButton(root).click();
    pointer(axis, 'pointerdown', 100);
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    target.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
    onSelect.mockClear();

    timeline.destroy();
    expect(parent.childElementCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    press(target, 'ArrowRight');
    press(target, 'Enter');
    target.click();
    pointer(window, 'pointermove', 600);
    pointer(window, 'pointerup', 600);
    vi.advanceTimersByTime(60_000);
    timeline.update({ ...view, selectedId: 'deploy' });
    expect(onSelect).not.toHaveBeenCalled();
    expect(onYearsChange).not.toHaveBeenCalled();
    expect(() => timeline.destroy()).not.toThrow();
  });
});
