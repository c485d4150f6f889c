// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import type { Dataset } from '../../src/data/types.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { buildEventDetail } from '../../src/popups/event-detail.ts';
import { minimalRawDataset, setAt } from '../fixtures/minimal-dataset.ts';

function fixture(changes: Record<string, unknown> = {}): Dataset {
  const raw = minimalRawDataset();
  for (const [path, value] of Object.entries(changes)) setAt(raw, path, value);
  const check = validateDataset(raw, '2026-11-22');
  expect(check.ok ? [] : check.errors).toEqual([]);
  return check.dataset;
}

function detailOf(dataset: Dataset, id: string): HTMLElement {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  const index = indexDataset(dataset);
  const at = index.chronological.indexOf(event);
  return buildEventDetail(event, index, { previous: index.chronological[at - 1], next: index.chronological[at + 1] });
}

describe('buildEventDetail', () => {
  it('shows the whole event: date, title, places with precision, figures and every source with its quote', () => {
    const detail = detailOf(fixture(), 'attack-at-b');
    expect(detail.querySelector('time')?.getAttribute('datetime')).toBe('2025-05-12');
    expect(detail.querySelector('h2.event-title')?.textContent).toBe('Attack at B');
    expect(detail.querySelector('.event-detail-places')?.textContent).toBe(
      'Where: Place B (location near); The line (schematic line)',
    );
    expect(detail.querySelector('.event-figures')?.textContent).toBe('People killed: 3');
    const link = detail.querySelector<HTMLAnchorElement>('.citation a');
    expect(link?.href).toBe('https://example.org/a');
    expect(link?.rel).toBe('noopener noreferrer');
    const quote = detail.querySelector('.citation-quote');
    expect(quote?.textContent).toBe('an armed group killed three people');
    // Quotes are the source's words in the source's language, never translated.
    expect(quote?.getAttribute('lang')).toBe('en');
  });

  it('says how a date is known, and shows cautions plainly', () => {
    const detail = detailOf(
      fixture({
        'events.0.date': '2025-05',
        'events.0.datePrecision': 'month',
        'events.0.dateBasis': 'inferred',
        'events.0.dateNote': 'From the publication month.',
        'events.0.caution': 'The sources disagree.',
        'events.0.figures.0.caution': 'Another count gives two.',
        'events.0.fr.dateNote': 'D’après le mois de publication.',
        'events.0.fr.caution': 'Les sources divergent.',
        'events.0.figures.0.fr.caution': 'Un autre décompte en donne deux.',
      }),
      'attack-at-b',
    );
    expect(detail.querySelector('.event-date')?.textContent).toBe('May 2025 (month only) · date inferred');
    expect(detail.querySelector('.event-date-note')?.textContent).toBe('Date: From the publication month.');
    expect([...detail.querySelectorAll('.event-caution')].map((c) => c.textContent)).toEqual([
      'Caution: The sources disagree.',
      'Caution on “People killed”: Another count gives two.',
    ]);
  });

  it('offers the events before and after in time', () => {
    const dataset = fixture();
    const steps = (id: string) =>
      [...detailOf(dataset, id).querySelectorAll<HTMLButtonElement>('.reading-step')].map((b) => b.dataset.eventId);
    expect(steps('relations-established')).toEqual(['attack-at-b']);
    expect(steps('attack-at-b')).toEqual(['relations-established']);
  });
});
