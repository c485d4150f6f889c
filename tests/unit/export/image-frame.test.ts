import { describe, expect, test } from 'vitest';
import { FRAME_LINE, FRAME_PAD, layoutFrame, wrapText, type FrameText } from '../../../src/export/image-frame.ts';

/** A monospaced stand-in for a canvas: every character 10 px wide, whatever the font. */
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  test('breaks at spaces so that no line is wider than asked, and keeps every word', () => {
    const text = 'Showing: years 2010–2026; themes: mining, security and loans';
    const lines = wrapText(text, 200, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  test('never breaks at a no-break space; a word wider than a line has a line of its own', () => {
    expect(wrapText('Crédits\u00a0: Natural Earth', 100, measure)).toEqual(['Crédits\u00a0:', 'Natural', 'Earth']);
    expect(wrapText('Made http://127.0.0.1:4173/#6/14/-6 ok', 100, measure)).toEqual([
      'Made',
      'http://127.0.0.1:4173/#6/14/-6',
      'ok',
    ]);
  });
});

describe('layoutFrame', () => {
  const text: FrameText = {
    title: 'Relations Chine–Mali\u00a0: une carte sourcée',
    showing: 'Affiché\u00a0: tous les événements',
    legend: ['Capitale', 'Villes', 'Le Mali dans son ensemble', 'Chemin de fer Dakar–Bamako (schématique)'],
    credits: 'Crédits\u00a0: Made with Natural Earth | Événements\u00a0: les sources citées dans chaque fenêtre.',
    made: 'Créée le 2026-11-24 · http://127.0.0.1:4173/#5/14/-4&lang=fr',
  };

  test('a wide image keeps the key on one row of four and every text on one line', () => {
    const frame = layoutFrame(text, 3000, measure);
    expect(frame.columns).toBe(4);
    expect([frame.title.length, frame.showing.length, frame.credits.length]).toEqual([1, 1, 1]);
    expect(frame.header).toBe(FRAME_PAD + 2 * FRAME_LINE);
  });

  test('a phone’s image gets fewer key columns, each wide enough for the longest label, and wrapped credits', () => {
    const frame = layoutFrame(text, 780, measure);
    const inner = 780 - 2 * FRAME_PAD;
    expect(frame.columns).toBe(1);
    expect(measure('Chemin de fer Dakar–Bamako (schématique)')).toBeLessThanOrEqual(inner / frame.columns);
    expect(frame.credits.length).toBeGreaterThan(1);
    expect(frame.footer).toBeGreaterThan(layoutFrame(text, 3000, measure).footer);
  });
});
