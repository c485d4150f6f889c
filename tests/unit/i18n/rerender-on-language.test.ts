import { describe, expect, it } from 'vitest';
import { hasCatalogue, language, messages, setLanguage } from '../../../src/i18n/i18n.ts';
import { rerenderOnLanguage } from '../../../src/i18n/rerender-on-language.ts';
import { createStore } from '../../../src/state/store.ts';

describe('rerenderOnLanguage', () => {
  it('sets every part up again, in order and in the new language, after undoing them last first', () => {
    setLanguage('en');
    const store = createStore({ lang: 'fr' as 'en' | 'fr', count: 0 });
    const log: string[] = [];
    const parts = rerenderOnLanguage(store);
    expect(language()).toBe('fr');
    for (const name of ['panel', 'timeline']) {
      parts.add(() => {
        log.push(`setup ${name} ${language()}`);
        return () => log.push(`undo ${name}`);
      });
    }
    store.set({ count: 1 });
    store.set({ lang: 'en' });
    expect(log).toEqual([
      'setup panel fr',
      'setup timeline fr',
      'undo timeline',
      'undo panel',
      'setup panel en',
      'setup timeline en',
    ]);
    parts.undo();
    store.set({ lang: 'fr' });
    expect(log.slice(6)).toEqual(['undo timeline', 'undo panel']);
    setLanguage('en');
  });

  it('switches to a language met for the first time once its words are in, unless the reader switched back meanwhile', async () => {
    setLanguage('en');
    expect(hasCatalogue('fr')).toBe(false);
    const store = createStore({ lang: 'en' as 'en' | 'fr' });
    const log: string[] = [];
    const parts = rerenderOnLanguage(store);
    parts.add(() => {
      log.push(`setup ${language()} ${messages().panel.resetFilters}`);
      return () => log.push('undo');
    });
    // Chosen, and left before the words came: nothing is set up again in French.
    store.set({ lang: 'fr' });
    store.set({ lang: 'en' });
    expect(log).toEqual(['setup en Reset filters']);
    await expect.poll(() => hasCatalogue('fr')).toBe(true);
    expect(log).toEqual(['setup en Reset filters']);
    // Chosen again, its words now in: at once.
    store.set({ lang: 'fr' });
    expect(log).toEqual(['setup en Reset filters', 'undo', 'setup fr Réinitialiser les filtres']);
    parts.undo();
    setLanguage('en');
  });
});
