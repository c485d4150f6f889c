// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_TRACK_WIDTH } from '../../../src/timeline/timeline.ts';
import { createTimeScale, dateExtent, yearWeights } from '../../../src/timeline/time-scale.ts';
import { EVENTS, FIRST_YEAR, LAST_YEAR, mark, mount, pointer, press } from './timeline-fixtures.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/** The scale the component draws the fixture on in jsdom, where nothing has a width. */
const scale = createTimeScale({
  firstYear: FIRST_YEAR,
  lastYear: LAST_YEAR,
  weights: yearWeights(
    EVENTS.flatMap((e) => dateExtent(e.date) ?? []),
    FIRST_YEAR,
    LAST_YEAR,
  ),
  width: MIN_TRACK_WIDTH,
});

describe('choosing marks', () => {
  it('selects on click', () => {
    const { root, onSelect } = mount();
    mark(root, 'deploy').click();
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('deploy');
  });

  it('selects once on Enter and on Space, keeping the browser from adding a click', () => {
    const { root, onSelect } = mount();
    const enter = press(mark(root, 'camp-attack'), 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('camp-attack');
    press(mark(root, 'railway'), ' ');
    expect(press(mark(root, 'railway'), ' ', 'keyup').defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenLastCalledWith('railway');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('steps with ← and → in date order from the focused mark, moving focus along', () => {
    const { root, onSelect } = mount();
    const start = mark(root, 'deploy');
    start.focus();
    expect(press(start, 'ArrowRight').defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenLastCalledWith('camp-attack');
    expect(document.activeElement).toBe(mark(root, 'camp-attack'));
    expect(mark(root, 'camp-attack').tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);
    press(document.activeElement ?? root, 'ArrowLeft');
    press(document.activeElement ?? root, 'ArrowLeft');
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['camp-attack', 'deploy', 'finance-span']);
    press(document.activeElement ?? root, 'Home');
    expect(onSelect).toHaveBeenLastCalledWith('relations');
    press(document.activeElement ?? root, 'ArrowLeft');
    expect(onSelect).toHaveBeenCalledTimes(4);
    press(document.activeElement ?? root, 'End');
    expect(onSelect).toHaveBeenLastCalledWith('railway');
  });

  it('steps from the selected event when focus is elsewhere in the timeline, and not in form fields', () => {
    const { root, onSelect } = mount({ selectedId: 'deploy' });
    const play = root.querySelector<HTMLButtonElement>('.timeline-play-button');
    if (!play) throw new Error('no play button');
    press(play, 'ArrowLeft');
    expect(onSelect).toHaveBeenLastCalledWith('finance-span');
    const slider = root.querySelector('input[type="range"]');
    if (!slider) throw new Error('no slider');
    press(slider, 'ArrowRight');
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('keeps one tab stop among the marks', () => {
    const { root } = mount();
    const stops = root.querySelectorAll('.timeline-mark[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect((stops[0] as HTMLElement).dataset.eventId).toBe('relations');
  });
});

describe('choosing years', () => {
  it('brushes whole years by dragging on the axis, either way', () => {
    const { root, onYearsChange } = mount();
    const axis = root.querySelector<HTMLElement>('.timeline-axis');
    const brush = root.querySelector<HTMLElement>('.timeline-brush');
    if (!axis || !brush) throw new Error('no axis');
    const x2013 = scale.x(2013.5);
    const x2016 = scale.x(2016.2);
    pointer(axis, 'pointerdown', x2016);
    pointer(axis, 'pointermove', x2013);
    expect(brush.hidden).toBe(false);
    pointer(axis, 'pointerup', x2013);
    expect(brush.hidden).toBe(true);
    expect(onYearsChange).toHaveBeenCalledExactlyOnceWith([2013, 2016]);

    pointer(axis, 'pointerdown', 0);
    pointer(window, 'pointermove', MIN_TRACK_WIDTH * 2);
    pointer(window, 'pointerup', MIN_TRACK_WIDTH * 2);
    expect(onYearsChange).toHaveBeenLastCalledWith([FIRST_YEAR, LAST_YEAR]);
  });

  it('ignores a tap, another pointer, and a cancelled drag', () => {
    const { root, onYearsChange } = mount();
    const axis = root.querySelector<HTMLElement>('.timeline-axis');
    if (!axis) throw new Error('no axis');
    pointer(axis, 'pointerdown', 300);
    pointer(axis, 'pointerup', 301);
    pointer(axis, 'pointerdown', 300, 7);
    pointer(axis, 'pointermove', 500, 8);
    pointer(axis, 'pointerup', 500, 8);
    pointer(axis, 'pointercancel', 500, 7);
    pointer(axis, 'pointerup', 500, 7);
    expect(onYearsChange).not.toHaveBeenCalled();
  });

  it('chooses years with the From and To sliders, never inside out, and resets to all years', () => {
    const { root, onYearsChange } = mount();
    const [from, to] = [...root.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    if (!from || !to) throw new Error('no sliders');
    expect(from.labels?.[0]?.textContent).toContain('From');
    expect(to.labels?.[0]?.textContent).toContain('To');
    from.value = '2012';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onYearsChange).toHaveBeenLastCalledWith([2012, LAST_YEAR]);
    to.value = '2005';
    to.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onYearsChange).toHaveBeenLastCalledWith([2005, 2005]);
    const reset = [...root.querySelectorAll('button')].find((b) => b.textContent === 'All years');
    reset?.click();
    expect(onYearsChange).toHaveBeenLastCalledWith([FIRST_YEAR, LAST_YEAR]);
  });
});
