/**
 * Rules of the record, checked on the real geodata/ until the validator enforces them: an event is
 * shown where it happened (or under Mali as a whole), very large amounts carry a caution, and where
 * no quote names an event's place, a placeNote says how the place was chosen.
 * Each failure names the event and what is wrong with it.
 */
import { describe, expect, it } from 'vitest';
import type { Figure, MapEvent } from '../../src/data/types.ts';
import { dataset } from './geodata-files.ts';

/** The country-level place (precision code 6): national events are listed there and only there. */
const COUNTRY_PLACE = 'mali';

/**
 * A single amount this large is of the order of Mali's whole GDP around 2002 (about US$3.3 billion),
 * so it must say why it is doubtful and what it was checked against.
 */
const CAUTION_THRESHOLDS: Record<NonNullable<Figure['currency']>, number> = {
  USD: 3_000_000_000,
  XOF: 1_500_000_000_000,
};

/** Folds case, accents and dash styles, so "Faléa" matches "Falea" and "Bamako–Dakar" "Bamako-Dakar". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

/** Every place, station and corridor id with the names it goes by (name first, then altNames). */
function namesById(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const features = [...dataset.places.features, ...dataset.stations.features, ...dataset.corridor.features];
  for (const { properties: p } of features) names.set(p.id, [p.name, ...p.altNames]);
  return names;
}

function problems(check: (event: MapEvent) => string[]): string[] {
  return dataset.events.flatMap((event) => check(event).map((problem) => `event "${event.id}": ${problem}`));
}

describe('the record', () => {
  it('holds at least 40 events', () => {
    expect(dataset.events.length, 'events in geodata/events.json').toBeGreaterThanOrEqual(40);
  });

  it('has one country-level place, "mali", with precision code 6', () => {
    const countries = dataset.places.features.filter((f) => f.properties.kind === 'country');
    expect(countries.map((f) => [f.properties.id, f.properties.precision])).toEqual([[COUNTRY_PLACE, 6]]);
  });
});

describe('scope versus place', () => {
  it('lists national events only under Mali as a whole, and local events never there', () => {
    const wrong = problems((event) => {
      if (event.scope === 'national' && (event.places.length !== 1 || event.places[0] !== COUNTRY_PLACE))
        return [
          `scope is national, so places must be exactly ["${COUNTRY_PLACE}"], not ${JSON.stringify(event.places)}`,
        ];
      if (event.scope === 'local' && event.places.includes(COUNTRY_PLACE))
        return [`scope is local, so places must not include "${COUNTRY_PLACE}" (list where it happened)`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});

describe('cautions', () => {
  it('puts a caution on every amount of US$3 billion (XOF 1,500 billion) or more', () => {
    const wrong = problems((event) =>
      (event.figures ?? [])
        .filter((f) => f.measure === 'amount' && f.currency !== undefined && f.value >= CAUTION_THRESHOLDS[f.currency])
        .filter((f) => !f.caution?.trim())
        .map(
          (f) =>
            `figure "${f.label}" (${f.value} ${f.currency ?? ''}) needs a caution: why it is doubtful, checked against what`,
        ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('place reasoning', () => {
  const names = namesById();
  it('has a placeNote wherever no quote names one of the event’s places', () => {
    const wrong = problems((event) => {
      if (event.placeNote?.trim()) return [];
      const quotes = fold(event.citations.map((c) => c.quote).join('\n'));
      return event.places
        .filter((id) => !(names.get(id) ?? [id]).some((name) => quotes.includes(fold(name))))
        .map((id) => `no quote names place "${id}" (${(names.get(id) ?? []).join(', ')}), so it needs a placeNote`);
    });
    expect(wrong).toEqual([]);
  });
});
