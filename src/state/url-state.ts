/**
 * The address holds the state, so a view can be shared and restored:
 * `#zoom/lat/lng[/bearing/pitch]&place=gao&event=x&years=2010-2020&themes=mining,security&hide=rivers&source=x&basemap=streets&lang=fr`.
 * The first part is MapLibre's own hash form, so older `#zoom/lat/lng` links keep working.
 * Only what differs from the default is written; anything unreadable falls back to the default.
 */
import { LANGUAGES, THEMES, type Language, type Theme } from '../data/types.ts';
import { BASEMAPS, defaultState, type AppState, type BasemapId, type MapView } from './app-state.ts';

const ID = /^[a-z0-9-]+$/;

/**
 * Parses a location hash (with or without `#`) into a complete state.
 * @param layerKeys - the layer toggles that exist; other `hide` keys are dropped (all kept when omitted)
 * @example stateFromHash('#6/14/-6&place=gao').selected // 'gao'
 */
export function stateFromHash(
  hash: string,
  defaults: AppState = defaultState(),
  layerKeys?: readonly string[],
): AppState {
  const [viewPart = '', ...pairs] = hash.replace(/^#/, '').split('&');
  const params = new URLSearchParams(pairs.join('&'));
  const state: AppState = { ...defaults, view: parseView(viewPart) };
  const place = params.get('place');
  if (place && ID.test(place)) state.selected = place;
  const event = params.get('event');
  if (event && ID.test(event) && state.selected) state.event = event;
  const years = /^(\d{4})-(\d{4})$/.exec(params.get('years') ?? '');
  if (years) {
    const from = Number(years[1]);
    const to = Number(years[2]);
    if (from <= to) state.years = [Math.max(from, defaults.years[0]), Math.min(to, defaults.years[1])];
  }
  const themes = params.get('themes');
  if (themes !== null)
    state.themes = themes.split(',').filter((t): t is Theme => (THEMES as readonly string[]).includes(t));
  const hide = params.get('hide');
  if (hide)
    state.hiddenLayers = hide.split(',').filter((key) => ID.test(key) && (!layerKeys || layerKeys.includes(key)));
  const source = params.get('source');
  if (source && ID.test(source)) state.source = source;
  const story = /^[1-9]\d{0,2}$/.exec(params.get('story') ?? '');
  if (story) state.story = Number(story[0]);
  if (params.has('embed')) state.embed = true;
  const basemap = params.get('basemap');
  if ((BASEMAPS as readonly string[]).includes(basemap ?? '')) state.basemap = basemap as BasemapId;
  const lang = params.get('lang');
  if ((LANGUAGES as readonly string[]).includes(lang ?? '')) state.lang = lang as Language;
  return state;
}

function parseView(text: string): MapView | null {
  const parts = text.split('/').map(Number);
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts;
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return null;
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng, bearing, pitch };
}

/**
 * Writes the state as a hash (with `#`), leaving out what equals the default.
 * @example hashFromState({ ...defaultState(), selected: 'gao' }) // '#&place=gao'
 */
export function hashFromState(state: AppState, defaults: AppState = defaultState()): string {
  const parts: string[] = [];
  if (state.view) parts.push(formatView(state.view));
  const params: [string, string][] = [];
  if (state.selected) params.push(['place', state.selected]);
  if (state.selected && state.event) params.push(['event', state.event]);
  if (state.years[0] !== defaults.years[0] || state.years[1] !== defaults.years[1])
    params.push(['years', `${state.years[0]}-${state.years[1]}`]);
  if (state.themes.length !== defaults.themes.length || state.themes.some((t) => !defaults.themes.includes(t)))
    params.push(['themes', state.themes.join(',')]);
  if (state.hiddenLayers.length) params.push(['hide', state.hiddenLayers.join(',')]);
  if (state.source) params.push(['source', state.source]);
  if (state.basemap !== defaults.basemap) params.push(['basemap', state.basemap]);
  if (state.story !== null) params.push(['story', String(state.story)]);
  if (state.embed) params.push(['embed', '1']);
  // French is always written, so a shared link opens in French; English only where the browser
  // would otherwise choose French, so the reader's choice survives a reload.
  if (state.lang === 'fr' || state.lang !== defaults.lang) params.push(['lang', state.lang]);
  // Commas stay readable: URLSearchParams would write them as %2C.
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  return `#${[parts.join(''), ...query].join('&')}`;
}

/** MapLibre's precision: zoom to 2 decimals, coordinates to what that zoom can show. */
function formatView(view: MapView): string {
  const precision = Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  const round = (n: number, digits: number) => String(Number(n.toFixed(Math.max(0, digits))));
  const main = `${round(view.zoom, 2)}/${round(view.lat, precision)}/${round(view.lng, precision)}`;
  if (view.bearing === 0 && view.pitch === 0) return main;
  return `${main}/${round(view.bearing, 1)}${view.pitch ? `/${round(view.pitch, 0)}` : ''}`;
}

/**
 * The full address of a state, at once: the page's own address with the state's hash, so a link
 * copied while the address bar is still catching up (writes are throttled) is already right.
 * @example linkToState(store.get()) // 'https://example.org/map/#6/14/-6&place=gao'
 */
export function linkToState(state: AppState, page: string = location.href): string {
  return `${page.split('#')[0] ?? ''}${hashFromState(state)}`;
}
