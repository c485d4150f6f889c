import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/data/types.ts';
import { setLanguage } from '../../../src/i18n/i18n.ts';
import { en } from '../../../src/i18n/messages-en.ts';
import { fr } from '../../../src/i18n/messages-fr.ts';
import { filtersLine, printedLine } from '../../../src/print/print-words.ts';

describe('printedLine', () => {
  it('writes the date as the interface’s language does, with the version', () => {
    setLanguage('en');
    expect(printedLine('2026-05-01', '0.3.0', en)).toBe('Printed 1 May 2026 · version 0.3.0');
    setLanguage('fr');
    expect(printedLine('2026-05-01', '0.3.0', fr)).toBe('Imprimé le 1er mai 2026 · version 0.3.0');
    setLanguage('en');
  });
});

describe('filtersLine', () => {
  it('always says the years and the themes, even when nothing is filtered out', () => {
    expect(filtersLine({ years: [1960, 2026], themes: [...THEMES] }, en)).toBe('Filters: years 1960–2026 · all themes');
    expect(filtersLine({ years: [2010, 2012], themes: [] }, en)).toBe('Filters: years 2010–2012 · no theme');
  });

  it('names the themes chosen in the catalogue’s order, whatever order the state holds them in', () => {
    expect(filtersLine({ years: [2010, 2026], themes: ['trade', 'mining', 'diplomacy'] }, en)).toBe(
      'Filters: years 2010–2026 · themes: diplomacy, mining, trade',
    );
  });

  it('speaks French, theme names included', () => {
    expect(filtersLine({ years: [2010, 2026], themes: ['peacekeeping', 'mining'] }, fr)).toBe(
      `Filtres\u00a0: années 2010–2026 · thèmes\u00a0: ${fr.panel.themeNames.peacekeeping}, ${fr.panel.themeNames.mining}`,
    );
    expect(filtersLine({ years: [1960, 2026], themes: [...THEMES] }, fr)).toBe(
      'Filtres\u00a0: années 1960–2026 · tous les thèmes',
    );
  });
});
