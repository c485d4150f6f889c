/** The keyboard way to choose a window of years: two range inputs and a reset. */
import { create, yearSlider } from '../dom.ts';
import type { TimelineLabels } from './labels.ts';

export interface YearRange {
  /** Shows a window without reporting it. */
  set(years: readonly [number, number]): void;
  destroy(): void;
}

/**
 * Builds From and To sliders and an "All years" button. Moving one past the other moves both, so the
 * window never turns inside out; `onChange` gets whole years, From ≤ To.
 * @example buildYearRange(parent, DEFAULT_LABELS, { firstYear: 1960, lastYear: 2026, onChange })
 */
export function buildYearRange(
  parent: HTMLElement,
  labels: TimelineLabels,
  options: { firstYear: number; lastYear: number; onChange(years: [number, number]): void },
): YearRange {
  const controller = new AbortController();
  const { signal } = controller;
  const { firstYear, lastYear } = options;
  const group = create('div', 'timeline-years', parent);
  const slider = (text: string, kind: string) => {
    const classes = { label: `timeline-year-input timeline-year-${kind}`, name: 'timeline-year-name' };
    const { label, input } = yearSlider(group, classes, text, firstYear, lastYear);
    const output = create('output', 'timeline-year-value', label);
    output.setAttribute('aria-hidden', 'true');
    return { input, output };
  };
  const from = slider(labels.from, 'from');
  const to = slider(labels.to, 'to');
  const reset = create('button', 'timeline-button timeline-all-years', group, labels.allYears);
  reset.type = 'button';

  const show = (years: readonly [number, number]) => {
    from.input.value = String(years[0]);
    to.input.value = String(years[1]);
    from.output.textContent = String(years[0]);
    to.output.textContent = String(years[1]);
  };
  const read = (moved: 'from' | 'to'): [number, number] => {
    const a = Number(from.input.value);
    const b = Number(to.input.value);
    if (a <= b) return [a, b];
    return moved === 'from' ? [a, a] : [b, b];
  };
  for (const [slot, kind] of [
    [from, 'from'],
    [to, 'to'],
  ] as const) {
    slot.input.addEventListener('input', () => show(read(kind)), { signal });
    slot.input.addEventListener('change', () => options.onChange(read(kind)), { signal });
  }
  reset.addEventListener('click', () => options.onChange([firstYear, lastYear]), { signal });
  show([firstYear, lastYear]);
  return { set: show, destroy: () => controller.abort() };
}
