import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages-en.ts';
import { fr } from '../../../src/i18n/messages-fr.ts';

/** Every key path of a catalogue, with the kind of value it holds. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}: ${typeof value}`];
  return Object.entries(value).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key));
}

/** Every plain string of a catalogue. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('the French catalogue', () => {
  it('has exactly the English keys, each with the same kind of value', () => {
    expect(shape(fr).sort()).toEqual(shape(en).sort());
  });

  it('says every plain sentence differently from English', () => {
    const english = new Set(strings(en).filter((text) => text.trim().includes(' ')));
    expect(strings(fr).filter((text) => english.has(text))).toEqual([]);
  });

  it('puts plurals right: French counts 0 and 1 as singular', () => {
    expect(en.events(0)).toBe('0 events');
    expect(en.events(1)).toBe('1 event');
    expect(en.events(2)).toBe('2 events');
    expect(fr.events(0)).toBe('0\u00a0événement');
    expect(fr.events(1)).toBe('1\u00a0événement');
    expect(fr.events(12)).toBe('12\u00a0événements');
    expect(fr.search.found(3, 'lithium')).toBe('3\u00a0résultats pour lithium');
    expect(fr.notices.dataErrors(1)).toBe('Certaines données n’ont pas pu être affichées (1\u00a0problème)');
  });

  it('fills values into sentences', () => {
    expect(fr.popup.fromPlace('100', fr.popup.compass.SW, 'Bamako')).toBe('à environ 100\u00a0km au SO de Bamako');
    expect(en.popup.fromPlace('100', en.popup.compass.SW, 'Bamako')).toBe('about 100 km SW of Bamako');
    expect(fr.panel.summary(3, 10, 2, 7)).toBe('3 événements affichés sur 10, en 2 lieux sur 7.');
  });
});
