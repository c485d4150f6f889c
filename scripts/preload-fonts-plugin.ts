/**
 * Preloads the two font files every first view writes with (Noto Sans latin, regular and bold).
 * Found only once the page's stylesheet is read, they came a round trip after it, and the title,
 * first painted in a fallback font, was painted again in its own: on a slow phone connection, the
 * page's Largest Contentful Paint. The preload asks for them with the HTML, in the mode the
 * stylesheet's `@font-face` will (CORS, hence `crossorigin`), so each is fetched once.
 */
import type { Plugin } from 'vite';

/** The built names of the fonts to preload (hashed by Vite). */
const FIRST_VIEW_FONTS = /^assets\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

export function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const files = Object.keys(bundle ?? {}).filter((name) => FIRST_VIEW_FONTS.test(name));
        if (files.length !== 2)
          throw new Error(`preload-fonts: expected 2 fonts to preload, found ${files.join(', ')}`);
        return files.map((file) => ({
          tag: 'link',
          // Relative, as every asset (base './'): the stylesheet's url() comes to the same address.
          attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head',
        }));
      },
    },
  };
}
