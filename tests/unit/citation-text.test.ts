import { describe, expect, it } from 'vitest';
import { citeView } from '../../src/panel/citation-text.ts';
import { addSecondSource, minimalDataset } from '../fixtures/minimal-dataset.ts';

// "attack-at-b" (at place-b) cites doc-a; "relations-established" (at capital-a) cites doc-b.
const dataset = minimalDataset({}, addSecondSource);
const VIEW = { title: 'Map', version: '1.2.3', date: '2026-11-22', link: 'http://x/#5/1/2', sources: dataset.sources };

describe('citeView', () => {
  it('gives title, version, date, link, and the sources of the events in view only', () => {
    const events = dataset.events.filter((e) => e.places.includes('place-b'));
    expect(citeView({ ...VIEW, events }).split('\n')).toEqual([
      'Map (version 1.2.3). Viewed 22 November 2026. http://x/#5/1/2',
      'Sources of the 1 event in view:',
      '- “Document A”. Publisher A, July 2025. https://example.org/a (accessed 22 November 2026)',
    ]);
  });

  it('names the author when the source has one, and counts the events', () => {
    const lines = citeView({ ...VIEW, events: dataset.events }).split('\n');
    expect(lines[1]).toBe('Sources of the 2 events in view:');
    expect(lines).toContain(
      '- Author B. “Document B”. Publisher B, June 2016. https://example.org/b (accessed 22 November 2026)',
    );
  });

  it('says so when no event is in view', () => {
    expect(citeView({ ...VIEW, events: [] }).split('\n')[1]).toBe('No events in view, so no sources.');
  });
});
