import { describe, expect, it } from 'vitest';
import { language, setLanguage } from '../../../src/i18n/i18n.ts';
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
});
