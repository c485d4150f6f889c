// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.ts';
import { validateDataset } from '../../../src/data/validate-dataset.ts';
import { buildPrintPlace } from '../../../src/print/print-place.ts';
import { minimalRawDataset } from '../../fixtures/minimal-dataset.ts';

const { dataset } = validateDataset(minimalRawDataset(), '2026-11-22');
const index = indexDataset(dataset);

describe('buildPrintPlace', () => {
  it('gives the place’s description, then each of its events in full, sources and quotes included', () => {
    const section = buildPrintPlace('place-b', index);
    expect(section?.querySelector('.popup-title')?.textContent).toBe('Place B');
    expect(section?.querySelector('.popup-precision')?.textContent).toContain('From a distance in a document.');
    const events = section?.querySelectorAll('.print-event') ?? [];
    expect(events).toHaveLength(1);
    expect(events[0]?.querySelector('.event-title')?.textContent).toBe('Attack at B');
    expect(events[0]?.querySelector('.citation-quote')?.textContent).toBe('an armed group killed three people');
    expect(events[0]?.querySelector<HTMLAnchorElement>('.citation a')?.href).toBe('https://example.org/a');
  });

  it('has no buttons and takes no ids, since the map’s own popup has them', () => {
    const section = buildPrintPlace('line', index);
    expect(section?.querySelector('.event-title')?.textContent).toBe('Attack at B');
    expect(section?.querySelectorAll('button, [id], [tabindex], [aria-labelledby]')).toHaveLength(0);
  });

  it('is undefined for an unknown id', () => {
    expect(buildPrintPlace('nowhere', index)).toBeUndefined();
  });
});
