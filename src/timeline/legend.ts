/** The timeline's key: what a point, a span and a hollow mark mean, and that the axis is not to scale. */
import { create } from '../dom.ts';
import type { TimelineLabels } from './labels.ts';

/**
 * Builds the legend. Its swatches use the marks' own classes, so the key cannot drift from the marks.
 * @example buildLegend(DEFAULT_LABELS, header)
 */
export function buildLegend(labels: TimelineLabels, parent?: HTMLElement): HTMLElement {
  const list = create('ul', 'timeline-legend', parent);
  const items: [string, string][] = [
    ['timeline-mark-point timeline-mark-solid', labels.legendPoint],
    ['timeline-mark-span timeline-mark-solid', labels.legendSpan],
    ['timeline-mark-point timeline-mark-hollow', labels.legendUncertain],
  ];
  for (const [classes, text] of items) {
    const item = create('li', 'timeline-legend-item', list);
    const swatch = create('span', `timeline-legend-swatch ${classes}`, item);
    swatch.setAttribute('aria-hidden', 'true');
    create('span', 'timeline-glyph', swatch);
    create('span', undefined, item, text);
  }
  create('li', 'timeline-legend-item timeline-legend-note', list, labels.axisNote);
  return list;
}
