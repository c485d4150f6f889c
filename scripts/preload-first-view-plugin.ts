/**
 * Asks for what every first view needs with the page itself, instead of when something finds it:
 * - the two font files it writes with (Noto Sans latin, regular and bold), which were found only once
 *   the stylesheet was read, a round trip later (the title was then painted a second time);
 * - the data (`geodata-<hash>.json`), which the app's script asks for only once it runs, and the script
 *   runs only once MapLibre's chunk, which it imports, has come: the data came after MapLibre, not
 *   beside it.
 * Each preload is made as its later request will be (CORS, same-origin credentials: `crossorigin`),
 * so that request takes the preloaded response and nothing is fetched twice.
 */
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** The built names of the fonts to preload (hashed by Vite). */
const FIRST_VIEW_FONTS = /^assets\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;
/** The data asset's name before hashing (scripts/validate-geodata-plugin.ts). */
const DATA_NAME = 'geodata.json';

/** A preload of `file`, relative as every asset is (base './'), so it resolves to the same address. */
const preload = (file: string, as: 'font' | 'fetch', type?: string): HtmlTagDescriptor => ({
  tag: 'link',
  attrs: { rel: 'preload', href: `./${file}`, as, ...(type ? { type } : {}), crossorigin: '' },
  injectTo: 'head',
});

/** The files of `bundle` to preload; throws if the fonts or the data are not where expected. */
export function firstViewFiles(bundle: Bundle): { fonts: string[]; data: string[] } {
  const fonts = Object.keys(bundle).filter((name) => FIRST_VIEW_FONTS.test(name));
  const data = Object.values(bundle)
    .filter((output) => output.type === 'asset' && output.names.includes(DATA_NAME))
    .map((output) => output.fileName);
  if (fonts.length !== 2) throw new Error(`preload: expected 2 fonts to preload, found ${fonts.join(', ')}`);
  if (data.length !== 1) throw new Error(`preload: expected the data asset, found ${data.join(', ')}`);
  return { fonts, data };
}

export function preloadFirstView(): Plugin {
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const { fonts, data } = firstViewFiles(bundle);
        return [
          ...fonts.map((file) => preload(file, 'font', 'font/woff2')),
          ...data.map((file) => preload(file, 'fetch')),
        ];
      },
    },
  };
}
