/** The year range: two sliders over 1960–today with a histogram of events per year above them. */
import { create, yearSlider } from '../dom.ts';
import { FIRST_YEAR, defaultState } from '../state/app-state.ts';
import { filtersChanged } from '../state/filters.ts';
import type { PanelContext } from './panel-context.ts';
import { messages } from '../i18n/i18n.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The bars' box, and below it a strip for the decade labels. */
const HISTOGRAM = { width: 300, height: 48, gap: 1, labels: 14 } as const;

/** @returns the function that stops it following the store */
export function setupYearFilter(parent: HTMLElement, ctx: PanelContext): () => void {
  // Today's year, not the opened link's end year: a link to 2000–2012 must not cap the slider at 2012.
  const lastYear = defaultState().years[1];
  const fieldset = create('fieldset', 'filter filter-years', parent);
  create('legend', undefined, fieldset, messages().panel.years);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${HISTOGRAM.width} ${HISTOGRAM.height + HISTOGRAM.labels}`);
  svg.setAttribute('class', 'year-histogram');
  svg.setAttribute('aria-hidden', 'true');
  fieldset.append(svg);
  const from = rangeInput(fieldset, messages().panel.fromYear, FIRST_YEAR, lastYear);
  const to = rangeInput(fieldset, messages().panel.toYear, FIRST_YEAR, lastYear);
  const output = create('output', 'year-output', fieldset);
  output.setAttribute('aria-live', 'off');

  const onInput = (changed: 'from' | 'to') => {
    let a = Number(from.value);
    let b = Number(to.value);
    // Dragging one thumb past the other pushes it along, so the range never turns inside out.
    if (a > b) [a, b] = changed === 'from' ? [a, a] : [b, b];
    ctx.store.set({ years: [a, b] });
  };
  from.addEventListener('input', () => onInput('from'));
  to.addEventListener('input', () => onInput('to'));

  const render = () => {
    const state = ctx.store.get();
    const [a, b] = state.years;
    from.value = String(a);
    to.value = String(b);
    output.textContent = a === b ? String(a) : `${a}–${b}`;
    // Bars count events under the other filters, so the reader sees where events lie outside the range.
    drawHistogram(svg, ctx.query.yearHistogram(state, FIRST_YEAR, lastYear), FIRST_YEAR, [a, b]);
  };
  render();
  return ctx.store.subscribe((state, previous) => filtersChanged(state, previous) && render());
}

function rangeInput(parent: HTMLElement, label: string, min: number, max: number): HTMLInputElement {
  return yearSlider(parent, { label: 'year-slider', name: 'year-slider-label' }, label, min, max).input;
}

function drawHistogram(svg: SVGSVGElement, counts: number[], firstYear: number, [from, to]: [number, number]): void {
  svg.replaceChildren();
  const max = Math.max(1, ...counts);
  const barWidth = HISTOGRAM.width / counts.length;
  counts.forEach((count, i) => {
    if (count === 0) return;
    const year = firstYear + i;
    const height = Math.max(2, (count / max) * HISTOGRAM.height);
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(i * barWidth));
    bar.setAttribute('y', String(HISTOGRAM.height - height));
    bar.setAttribute('width', String(Math.max(1, barWidth - HISTOGRAM.gap)));
    bar.setAttribute('height', String(height));
    bar.setAttribute('class', year >= from && year <= to ? 'bar bar-in' : 'bar bar-out');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = messages().panel.yearBar(year, count);
    bar.append(title);
    svg.append(bar);
  });
  // Decades under the bars, so a reader can tell 2012 from 2016 without hovering.
  counts.forEach((_, i) => {
    const year = firstYear + i;
    if (year % 10 !== 0 && i !== counts.length - 1) return;
    if (i === counts.length - 1 && year % 10 < 4) return;
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String((i + 0.5) * barWidth));
    label.setAttribute('y', String(HISTOGRAM.height + HISTOGRAM.labels - 3));
    label.setAttribute('class', 'year-label');
    label.textContent = String(year);
    svg.append(label);
  });
}
