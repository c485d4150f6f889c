import { describe, expect, it } from 'vitest';
import { localizeDataset, localizer } from '../../../src/data/localize.ts';
import type { Geodata } from '../../../src/data/types.ts';
import { validateStory } from '../../../src/data/validate-story.ts';
import { minimalDataset } from '../../fixtures/minimal-dataset.ts';

/** The fixture with a caution, a date note and a tour, each in both languages. */
function fixture(): Geodata {
  const dataset = minimalDataset({
    'events.0.caution': 'Disputed.',
    'events.0.fr.caution': 'Contesté.',
    'events.0.figures.0.caution': 'Another count gives two.',
    'events.0.figures.0.fr.caution': 'Un autre décompte en donne deux.',
  });
  const raw = {
    title: 'A tour',
    steps: [{ events: ['attack-at-b'], caption: 'A step.', fr: { caption: 'Une étape.' } }],
    fr: { title: 'Une visite' },
  };
  const { story } = validateStory(raw, new Set(dataset.events.map((e) => e.id)));
  return { ...dataset, ...(story ? { story } : {}) };
}

describe('localizeDataset', () => {
  const data = fixture();
  const fr = localizeDataset(data, 'fr');

  it('gives the data itself in English, the language it is written in', () => {
    expect(localizeDataset(data, 'en')).toBe(data);
  });

  it('puts every text in French: events, figures, notes, the tour', () => {
    const [attack] = fr.events;
    expect([attack?.title, attack?.summary, attack?.caution]).toEqual([
      'Attaque à B',
      'Il s’est passé quelque chose à B. Cela a été rapporté.',
      'Contesté.',
    ]);
    expect(attack?.figures?.[0]).toMatchObject({
      label: 'Personnes tuées',
      caution: 'Un autre décompte en donne deux.',
    });
    expect(fr.places.features.map((f) => f.properties.precisionNote)).toEqual([
      'Répertoire géographique.',
      'D’après une distance donnée par un document.',
    ]);
    expect(fr.stations.features.map((f) => f.properties.precisionNote)).toEqual(['Point de NE.', 'Approximatif.']);
    expect(fr.corridor.features[0]?.properties.geometryNote).toBe('Relie les gares.');
    expect(fr.story?.title).toBe('Une visite');
    expect(fr.story?.steps.map((s) => s.caption)).toEqual(['Une étape.']);
  });

  it('takes each text from its translation, never from the English', () => {
    data.events.forEach((event, i) => {
      expect(fr.events[i]?.title).toBe(event.fr?.title);
      expect(fr.events[i]?.summary).toBe(event.fr?.summary);
      expect(fr.events[i]?.title).not.toBe(event.title);
    });
  });

  it('leaves quotes, names, ids and dates as written, and the written data untouched', () => {
    const before = structuredClone(data);
    const again = localizeDataset(data, 'fr');
    expect(again.events.map((e) => [e.id, e.date, e.citations])).toEqual(
      data.events.map((e) => [e.id, e.date, e.citations]),
    );
    expect(again.places.features.map((f) => f.properties.name)).toEqual(
      data.places.features.map((f) => f.properties.name),
    );
    expect(again.sources).toBe(data.sources);
    expect(data).toEqual(before);
  });

  it('adds no figures or tour where the data has none', () => {
    const plain = localizeDataset(minimalDataset(), 'fr');
    expect('story' in plain).toBe(false);
    expect('figures' in (plain.events[1] ?? {})).toBe(false);
  });
});

describe('localizer', () => {
  it('localizes once per language', () => {
    const data = fixture();
    const shown = localizer(data);
    expect(shown('fr')).toBe(shown('fr'));
    expect(shown('en')).toBe(data);
    expect(shown('fr').events[0]?.title).toBe('Attaque à B');
  });
});
