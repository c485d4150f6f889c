// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { language, markDataText, markOriginalText, setDataTextsLanguage, setLanguage } from '../../../src/i18n/i18n.ts';

const span = () => document.createElement('span');

describe('marking the data’s words with their language', () => {
  afterEach(() => {
    setLanguage('en');
    setDataTextsLanguage(() => language());
  });

  it('leaves the data’s texts unmarked: they are shown in the page’s own language', () => {
    setLanguage('fr');
    expect(markDataText(span()).hasAttribute('lang')).toBe(false);
    setLanguage('en');
    expect(markDataText(span()).hasAttribute('lang')).toBe(false);
  });

  it('marks a text in another language than the page’s with that language', () => {
    setLanguage('fr');
    expect(markDataText(span(), 'en').lang).toBe('en');
    setLanguage('en');
    expect(markDataText(span(), 'fr').lang).toBe('fr');
  });

  it('marks the data’s texts English while the page’s language has none in (loading, or could not be had)', () => {
    setLanguage('fr');
    let frenchIn = false;
    setDataTextsLanguage(() => (frenchIn ? language() : 'en'));
    expect(markDataText(span()).lang).toBe('en');
    frenchIn = true;
    expect(markDataText(span()).hasAttribute('lang')).toBe(false);
  });

  it('marks words never translated (source titles, region names) English, in a French page only', () => {
    setLanguage('fr');
    expect(markOriginalText(span()).lang).toBe('en');
    setLanguage('en');
    expect(markOriginalText(span()).hasAttribute('lang')).toBe(false);
  });
});
