// The data's translations shipped apart: split and put back, the data is whole again; a reader
// choosing French gets its texts once; a patch that cannot be had or does not fit loses nothing.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkGeodata } from '../../../scripts/validate-geodata-plugin.ts';
import { applyTranslations, splitTranslations } from '../../../src/data/translation-patch.ts';
import { createTranslations } from '../../../src/data/translations.ts';
import { localizeDataset } from '../../../src/data/localize.ts';

const { dataset } = checkGeodata(join(import.meta.dirname, '../../../geodata'));
const { base, patches } = splitTranslations(dataset, ['fr']);

describe('splitTranslations and applyTranslations', () => {
  it('take every French text out of the real data and put each back where it was', () => {
    expect(JSON.stringify(base)).not.toMatch(/"fr":/);
    expect(patches.fr.length).toBeGreaterThan(dataset.events.length);
    expect(applyTranslations(base, 'fr', patches.fr)).toEqual({ data: dataset, unplaced: 0 });
  });

  it('leave the data without translations a good deal smaller', () => {
    expect(JSON.stringify(base).length).toBeLessThan(JSON.stringify(dataset).length * 0.75);
  });

  it('count the entries that lead nowhere and place the rest, without touching the data given', () => {
    const before = structuredClone(base);
    const first = patches.fr[0];
    if (!first) throw new Error('no French in the data');
    const patch = [first, [['events', 9999], { title: 'x' }], [['nowhere'], { title: 'x' }], 'junk', [[], 'text']];
    const { data, unplaced } = applyTranslations(base, 'fr', patch);
    expect(unplaced).toBe(4);
    expect(JSON.stringify(data)).toContain(JSON.stringify(first[1]));
    expect(base).toEqual(before);
    expect(applyTranslations(base, 'fr', { not: 'a list' })).toEqual({ data: base, unplaced: 1 });
  });
});

describe('createTranslations', () => {
  const URLS = { fr: 'https://example.test/geodata-fr.json' };

  it('loads French once, when first asked, and tells the page its texts are in', async () => {
    const load = vi.fn(() => Promise.resolve<unknown>(patches.fr));
    const onLoaded = vi.fn();
    const translations = createTranslations(base, URLS, onLoaded, load);
    expect([translations.has('en'), translations.has('fr')]).toEqual([true, false]);
    expect(await translations.ensure('en')).toBe(true);
    expect(load).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([translations.ensure('fr'), translations.ensure('fr')]);
    expect([first, second]).toEqual([true, true]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(URLS.fr);
    expect(translations.has('fr')).toBe(true);
    expect(onLoaded).toHaveBeenCalledWith(translations.written(), 'fr');
    expect(localizeDataset(translations.written(), 'fr').events[0]?.title).toBe(dataset.events[0]?.fr?.title);
    expect(await translations.inFull()).toEqual(dataset);
  });

  it('says false when French cannot be had, keeps the English, and tries again next time', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(patches.fr);
    const translations = createTranslations(base, URLS, vi.fn(), load);
    expect(await translations.ensure('fr')).toBe(false);
    expect(translations.has('fr')).toBe(false);
    expect(translations.written()).toBe(base);
    await expect(
      createTranslations(base, URLS, vi.fn(), () => Promise.reject(new Error('x'))).inFull(),
    ).rejects.toThrow(/could not be loaded/);
    expect(await translations.ensure('fr')).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads nothing for data that comes with its French in (the dev server before the split, tests)', async () => {
    const load = vi.fn();
    expect(await createTranslations(dataset, URLS, vi.fn(), load).ensure('fr')).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });
});
