/**
 * The basemap's fonts: Noto Sans files shipped with the app, declared in the style's `font-faces`
 * so that labels need no glyphs server.
 */
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import latin400Url from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url&no-inline';
import latinExt400Url from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url&no-inline';
import latin700Url from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url&no-inline';
import latinExt700Url from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url&no-inline';
import { FONT_BOLD, FONT_REGULAR } from '../theme.ts';

// Copied from @fontsource/noto-sans 5.3 400.css / 700.css, so each file only draws what it covers.
const LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT_RANGE = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+1D00-1DBF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];

/**
 * Builds the style's `font-faces`: for each font name used in `text-font`, the Noto Sans files
 * (latin, then latin-ext) of that weight, with absolute URLs on the page's own server.
 *
 * Absolute, because MapLibre downloads the files itself and a path like `./assets/x.woff2` would
 * otherwise depend on where the request is made from.
 *
 * @param baseUrl - what relative asset URLs resolve against; the page's base URL by default
 * @returns the value for the style's `font-faces` property
 * @example
 *   const faces = createFontFaces('https://example.org/app/');
 *   // faces['Noto Sans Regular'] → [{ url: 'https://example.org/app/assets/noto-sans-latin-400-normal-….woff2',
 *   //   'unicode-range': ['U+0000-00FF', …] }, { url: '…latin-ext-400…', 'unicode-range': […] }]
 */
export function createFontFaces(baseUrl: string = document.baseURI): FontFacesSpecification {
  const face = (url: string, range: string[]): MLFontFace => ({
    url: new URL(url, baseUrl).href,
    'unicode-range': range,
  });
  return {
    [FONT_REGULAR]: [face(latin400Url, LATIN_RANGE), face(latinExt400Url, LATIN_EXT_RANGE)],
    [FONT_BOLD]: [face(latin700Url, LATIN_RANGE), face(latinExt700Url, LATIN_EXT_RANGE)],
  };
}
