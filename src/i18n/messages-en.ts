/**
 * Every word of the interface in English. This object is the catalogue's shape: its type,
 * `Messages`, is what every other language must fill in, key for key, so the compiler catches a
 * missing or misspelt key. Plurals and values inside sentences are functions. Data texts (titles,
 * summaries, notes, quotes, source titles) are not here: they stay as the data has them.
 */
import type { GeodataFailure } from '../data/fetch-geodata.ts';
import type { DateBasis, DatePrecision, PlaceKind, PrecisionCode, Theme } from '../data/types.ts';
import { tourEn } from './messages-tour-en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const events = (n: number) => plural(n, 'event', 'events');

export const en = {
  page: {
    title: 'China–Mali relations: a sourced map',
    tagline: 'Choose a place or the railway to see its dated events and the documents that report them.',
    skipLink: 'Skip to filters and list',
    panel: 'Search, filters, places and sources',
    map: 'Map of China–Mali relations: places, the Dakar–Bamako railway and their events',
    readingPane: 'The chosen event and its sources',
    language: 'Language',
  },
  events,
  /** What separates a label from its value. */
  colon: ': ',
  percent: (n: string) => `${n}%`,
  panel: {
    toggle: 'Filters and list',
    filters: 'Filters',
    resetFilters: 'Reset filters',
    summary: (shown: number, total: number, places: number, totalPlaces: number, source?: string) =>
      `Showing ${shown} of ${total} events, at ${places} of ${totalPlaces} places${source ? `, citing “${source}”` : ''}.`,
    years: 'Years',
    fromYear: 'From year',
    toYear: 'To year',
    yearBar: (year: number, n: number) => `${year}: ${events(n)}`,
    themes: 'Themes',
    allThemes: 'All themes',
    noThemes: 'No themes',
    themeNames: {
      diplomacy: 'diplomacy',
      peacekeeping: 'peacekeeping',
      security: 'security',
      defence: 'defence',
      mining: 'mining',
      infrastructure: 'infrastructure',
      finance: 'finance',
      trade: 'trade',
      governance: 'governance',
    } satisfies Record<Theme, string> as Record<Theme, string>,
    countryHeading: 'Mali as a whole',
    placesHeading: 'Places',
    placeEvents: 'Events',
    sources: 'Sources',
    usedToDate: ' (used to date events)',
    showOnlyItsEvents: 'Show only its events',
    selectedPlace: 'Selected place',
    showMore: (more: number, left: number) => `Show ${more} more (${left.toLocaleString('en')} not shown)`,
  },
  search: {
    label: 'Search places, actors and events',
    placeholder: 'e.g. Falea, Ganfeng, lithium',
    results: 'Search results',
    kinds: { place: 'Place', actor: 'Actor', event: 'Event' },
    found: (n: number, query: string) => `${plural(n, 'result', 'results')} for ${query}`,
    none: (query: string) => `No results for ${query}`,
  },
  share: {
    heading: 'Share and cite',
    copyLink: 'Copy link',
    citeView: 'Cite this view',
    linkCopied: 'Link copied.',
    copyThisLink: (link: string) => `Copy this link: ${link}`,
    citation: 'Citation (plain text)',
    citationCopied: 'Citation copied.',
    citationSelected: 'Citation selected: copy it with Ctrl+C.',
    viewCitationAs: 'This view’s citation as',
    viewCitationLabel: (format: string) => `Download this view’s citation as ${format}`,
    viewCitationTitle: (format: string) =>
      `Download this view’s citation (the map and the sources in view) as ${format}`,
    cite: (title: string, version: string, date: string, link: string) =>
      `${title} (version ${version}). Viewed ${date}. ${link}`,
    sourcesOf: (n: number) => `Sources of the ${events(n)} in view:`,
    noSources: 'No events in view, so no sources.',
    noAddress: 'no address',
    accessed: (date: string) => `(accessed ${date})`,
  },
  downloads: {
    legend: 'Download',
    shown: (n: number) => `Events shown (${n})`,
    all: (n: number) => `All events (${n})`,
    label: (format: string) => `Download ${format}`,
    saved: (format: string, n: number) => `${format} of ${n} events saved.`,
    failed: (format: string) => `Download ${format} failed: the file could not be made.`,
  },
  reading: {
    heading: 'Event',
    close: 'Close the event',
    closeTitle: 'Close',
    steps: 'Events before and after',
    previous: '← Previous',
    next: 'Next →',
    concerns: 'Concerns: ',
    where: 'Where: ',
    located: (name: string, precision: string) => `${name} (location ${precision})`,
    schematic: (name: string) => `${name} (schematic line)`,
    caution: 'Caution: ',
    cautionOn: (label: string) => `Caution on “${label}”: `,
    date: 'Date: ',
    place: 'Place: ',
    sources: 'Sources',
  },
  /** The printed page (src/print/): its header, the legend under the map and a chosen place's events. */
  print: {
    printed: (date: string, version: string) => `Printed ${date} · version ${version}`,
    link: 'Link: ',
    filters: 'Filters: ',
    years: (from: number, to: number) => `years ${from}–${to}`,
    themes: (names: string) => `themes: ${names}`,
    allThemes: 'all themes',
    noThemes: 'no theme',
    legend: 'Legend',
    credits: (credits: string) => `Credits: ${credits}. Data: CC BY 4.0.`,
    mapImage: 'The map as it was on screen when printed',
  },
  dates: {
    precision: {
      day: 'exact day',
      month: 'month only',
      year: 'year only',
      range: 'span of time',
    } satisfies Record<DatePrecision, string> as Record<DatePrecision, string>,
    basis: { stated: '', inferred: 'date inferred', 'other-report': 'date from another report' } satisfies Record<
      DateBasis,
      string
    > as Record<DateBasis, string>,
  },
  popup: {
    alsoWritten: (names: string) => `Also written ${names}`,
    alsoCalled: (names: string) => `Also called ${names}`,
    straightLine: (where: string) => `${where} (straight line)`,
    inPlace: (name: string) => `in ${name}`,
    fromPlace: (km: string, point: string, name: string) => `about ${km} km ${point} of ${name}`,
    compass: { N: 'N', NE: 'NE', E: 'E', SE: 'SE', S: 'S', SW: 'SW', W: 'W', NW: 'NW' },
    eventsHere: 'Events here',
    eventsNational: 'Events concerning Mali as a whole',
    eventsOnLine: 'Events on this line',
    location: (label: string) => `Location ${label}`,
    scheme: 'UCDP/AidData geographic precision code',
    corridor: (n: number, from?: string, to?: string) =>
      `Railway corridor${from && to ? ` from ${from} to ${to}` : ''}, ${n} stations`,
    lengths: (drawn: string, published: string) =>
      `Drawn line: ${drawn} km (straight segments between stations, computed with turf). Published length: ${published} km.`,
    station: (order: number, country: string, km: string) =>
      `Station ${order} on the Dakar–Bamako railway · ${country} · ${km}`,
    fromDakar: (km: string, approximate: boolean) => `${approximate ? 'about ' : ''}${km} km from Dakar by rail`,
    noDistance: 'distance from Dakar not given',
    noStationEvent: 'No event is tied to this station; the railway’s events are on the line itself.',
  },
  precision: {
    1: { label: 'exact', meaning: 'The point is the named place itself.' },
    2: { label: 'near', meaning: 'The point is within about 25 km of the true location.' },
    3: { label: 'district', meaning: 'Only the district (second-order division) is known.' },
    4: { label: 'region', meaning: 'Only the region (first-order division) is known.' },
    6: { label: 'country', meaning: 'The record concerns the whole country; the point only anchors its symbol.' },
  } satisfies Record<PrecisionCode, { label: string; meaning: string }> as Record<
    PrecisionCode,
    { label: string; meaning: string }
  >,
  placeKinds: {
    country: { legend: 'Mali as a whole', label: 'Country-level record' },
    capital: { legend: 'Capital', label: 'Capital city' },
    city: { legend: 'Cities', label: 'City' },
    town: { legend: 'Towns', label: 'Town' },
    'mining-site': { legend: 'Mining sites', label: 'Mining site' },
    'exploration-site': { legend: 'Exploration sites', label: 'Exploration site' },
    'incident-site': { legend: 'Incident sites', label: 'Incident site' },
  } satisfies Record<PlaceKind, { legend: string; label: string }> as Record<
    PlaceKind,
    { legend: string; label: string }
  >,
  layers: {
    summary: 'Layers',
    places: 'Places',
    railway: 'Railway',
    basemap: 'Basemap',
    halo: 'Halo: location approximate (within about 25 km)',
    corridor: 'Dakar–Bamako corridor (schematic)',
    corridorOnMap: 'Dakar–Bamako railway (schematic)',
    stations: 'Stations (zoom in)',
    rivers: 'Rivers',
    towns: 'Towns',
    basemapSummary: (name: string) => `Basemap: ${name}`,
    basemaps: { offline: 'Offline', streets: 'Streets', satellite: 'Satellite' },
    basemapNote: 'Streets and Satellite load images from the internet.',
    attribution: 'Events: the sources cited in each popup',
  },
  timeline: {
    region: 'Timeline',
    marks: 'Events in date order',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    speedOption: (speed: number) => `${speed}×`,
    from: 'From',
    to: 'To',
    allYears: 'All years',
    legendPoint: 'Exact day or month',
    legendSpan: 'Year only or span',
    legendUncertain: 'Date inferred or from another report',
    axisNote: 'Years with events are drawn wider; hatched years have none.',
    dateWithNotes: (date: string, notes: readonly string[]) => (notes.length ? `${date} (${notes.join(', ')})` : date),
    markName: (title: string, date: string) => `${title}, ${date}`,
    selected: (name: string) => `Selected: ${name}`,
    windowOnly: (shown: number, total: number) =>
      `Drawn: the ${shown.toLocaleString('en')} events in the chosen years, of ${total.toLocaleString('en')}. Widen the years to draw more.`,
    firstOnly: (shown: number, total: number) =>
      `Drawn: the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events in the chosen years. Narrow the years (drag on the axis) or the themes to draw the others.`,
  },
  /** MapLibre's own controls' words, by its locale keys. */
  mapControls: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'Popup.Close': 'Close popup',
  },
  notices: {
    dismiss: 'Dismiss notice',
    dismissTitle: 'Dismiss',
    retry: 'Retry',
    noMapHeading: 'The map cannot be drawn in this browser',
    noMapText:
      'It needs WebGL 2, which this browser or device does not provide or has switched off. Every place, event and source is still listed in the panel: choose a place there to read its events and sources here.',
    technicalDetail: (detail: string) => `Technical detail: ${detail}`,
    dataErrors: (n: number) => `Some data could not be shown (${plural(n, 'problem', 'problems')})`,
    loadFailure: {
      missing: 'The map’s data is not on the server: the site is incomplete.',
      slow: 'The map’s data did not arrive in time: the connection may be slow.',
      truncated: 'The map’s data is incomplete: the download was cut short.',
      malformed: 'The map’s data is damaged or not what the map expects.',
      network: 'The map’s data could not be downloaded: check the connection and try again.',
    } satisfies Record<GeodataFailure, string> as Record<GeodataFailure, string>,
    translationFailed: 'The data’s French texts could not be loaded: its texts are shown in English.',
    basemapFailure: {
      missing: 'Part of the basemap is not on the server: the site is incomplete. The places and events still show.',
      slow: 'The basemap did not arrive in time: the connection may be slow. The places and events still show.',
      network: 'The basemap could not be downloaded: check the connection and try again.',
      damaged: 'Part of the basemap is damaged and could not be drawn.',
    },
    update: 'A new version is available.',
    reload: 'Reload',
    reloadLabel: 'Reload to use the new version',
    reloadTitle: 'Reload to use the new version; the view, filters and chosen place are kept',
    updating: 'Updating…',
    // One short line: it covers the map on a phone, and a longer one was the page's largest text,
    // painted last (Lighthouse's Largest Contentful Paint on a first visit).
    offlineReady: 'Map saved for offline use.',
  },
  tour: tourEn,
};

/** The catalogue's shape: what every language must say. */
export type Messages = typeof en;
