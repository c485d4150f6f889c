// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../../src/timeline/theme-colors.ts';
import { EVENTS, mark, mount } from './timeline-fixtures.ts';

afterEach(() => {
  document.body.replaceChildren();
});

describe('timeline rendering', () => {
  it('is a region landmark named Timeline, with a polite live region', () => {
    const { root } = mount();
    expect(root.tagName).toBe('SECTION');
    expect(root.getAttribute('role')).toBe('region');
    expect(root.getAttribute('aria-label')).toContain('Timeline');
    const status = root.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
  });

  it('draws one button per event, in date order, with point, span and hollow classes', () => {
    const { root } = mount();
    const marks = [...root.querySelectorAll<HTMLButtonElement>('ol.timeline-marks > li > button.timeline-mark')];
    expect(marks.map((m) => m.dataset.eventId)).toEqual(EVENTS.map((e) => e.id));
    expect(marks.every((m) => m.type === 'button')).toBe(true);
    const classes = (id: string) => [...mark(root, id).classList];
    expect(classes('relations')).toEqual(expect.arrayContaining(['timeline-mark-point', 'timeline-mark-solid']));
    expect(classes('finance-span')).toEqual(expect.arrayContaining(['timeline-mark-span', 'timeline-mark-solid']));
    expect(classes('deploy')).toEqual(expect.arrayContaining(['timeline-mark-span', 'timeline-mark-hollow']));
    expect(classes('camp-attack')).toEqual(expect.arrayContaining(['timeline-mark-point', 'timeline-mark-hollow']));
    expect(classes('railway')).toEqual(expect.arrayContaining(['timeline-mark-point', 'timeline-mark-hollow']));
  });

  it('colours each mark by its first theme, set from script (the CSP allows no inline styles)', () => {
    const { root } = mount();
    expect(mark(root, 'deploy').style.getPropertyValue('--mark-color')).toBe(THEME_COLORS.peacekeeping);
    expect(root.querySelector('style')).toBeNull();
  });

  it('names each mark by its title and date, with precision and basis words', () => {
    const { root } = mount();
    const name = (id: string) => mark(root, id).getAttribute('aria-label');
    expect(name('relations')).toBe('Relations established, 25 October 1960');
    expect(name('finance-span')).toBe('Development finance, 1979–2002 (span of time)');
    expect(name('deploy')).toBe('Troops deploy, 2013 (year only, date inferred)');
    expect(name('camp-attack')).toBe('Attack on the camp, 31 May 2016 (date from another report)');
    expect(name('railway')).toBe('Railway project, July 2025 (month only, date inferred)');
  });

  it('shows a legend for points, spans and hollow marks', () => {
    const { root } = mount();
    const legend = root.querySelector('.timeline-legend');
    expect(legend?.textContent).toContain('Exact day or month');
    expect(legend?.textContent).toContain('Year only or span');
    expect(legend?.textContent).toContain('Date inferred or from another report');
    const swatches = [...(legend?.querySelectorAll('.timeline-legend-swatch') ?? [])];
    expect(swatches.map((s) => s.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true']);
    expect(swatches[2]?.classList.contains('timeline-mark-hollow')).toBe(true);
  });

  it('labels years on the axis', () => {
    const { root } = mount();
    const years = [...root.querySelectorAll('.timeline-year-label')].map((l) => l.textContent);
    expect(years).toEqual(expect.arrayContaining(['1960', '1970', '2013', '2016', '2025']));
  });

  it('stacks overlapping marks in separate lanes', () => {
    const crowded = ['a', 'b', 'c'].map((id) => ({ ...EVENTS[0], id, title: id, date: '2020-05-01' }));
    const { root } = mount({ events: crowded as typeof EVENTS });
    const tops = ['a', 'b', 'c'].map((id) => mark(root, id).parentElement?.style.top);
    expect(new Set(tops).size).toBe(3);
  });

  it('uses the labels and date format it is given', () => {
    const parentLabels = { region: 'Chronologie', markName: (title: string, date: string) => `${date} : ${title}` };
    const { root } = mount({}, parentLabels);
    expect(root.getAttribute('aria-label')).toBe('Chronologie');
    expect(mark(root, 'relations').getAttribute('aria-label')).toBe('25 October 1960 : Relations established');
  });
});

describe('window and selection', () => {
  it('dims marks outside the window and draws the window', () => {
    const { root, timeline, view } = mount();
    timeline.update({ ...view, years: [2012, 2016] });
    const outside = (id: string) => mark(root, id).classList.contains('timeline-mark-outside');
    expect(outside('relations')).toBe(true);
    expect(outside('finance-span')).toBe(true);
    expect(outside('deploy')).toBe(false);
    expect(outside('camp-attack')).toBe(false);
    expect(outside('railway')).toBe(true);
    const [before, after] = [...root.querySelectorAll<HTMLElement>('.timeline-shade')];
    expect(parseFloat(before?.style.width ?? '0')).toBeGreaterThan(0);
    expect(parseFloat(after?.style.width ?? '0')).toBeGreaterThan(0);
    const [from, to] = [...root.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect([from?.value, to?.value]).toEqual(['2012', '2016']);
  });

  it('highlights the selected mark, makes it the tab stop, announces it and scrolls it into view', () => {
    const { root, timeline, view } = mount();
    const scroller = root.querySelector<HTMLElement>('.timeline-scroll');
    if (!scroller) throw new Error('no scroller');
    Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: 200 });
    timeline.update({ ...view, selectedId: 'railway' });
    const selected = mark(root, 'railway');
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(selected.classList.contains('timeline-mark-selected')).toBe(true);
    expect(selected.tabIndex).toBe(0);
    expect(root.querySelectorAll('.timeline-mark[tabindex="0"]')).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Selected: Railway project, July 2025 (month only, date inferred)',
    );
    expect(scroller.scrollLeft).toBeGreaterThan(0);
    timeline.update({ ...view, selectedId: 'relations' });
    expect(selected.hasAttribute('aria-current')).toBe(false);
    expect(scroller.scrollLeft).toBe(0);
  });

  it('shows a tooltip with title and date on hover and focus, and hides it on Escape', () => {
    const { root } = mount();
    const tooltip = root.querySelector<HTMLElement>('.timeline-tooltip');
    const target = mark(root, 'deploy');
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(tooltip?.hidden).toBe(false);
    expect(tooltip?.textContent).toBe('Troops deploy2013 (year only, date inferred)');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tooltip?.hidden).toBe(true);
    mark(root, 'relations').focus();
    expect(tooltip?.hidden).toBe(false);
    expect(tooltip?.textContent).toContain('Relations established');
  });
});
