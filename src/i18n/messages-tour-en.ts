/** The words of the guided tour, the embedded view and the map image, in English (see messages-en.ts). */
export const tourEn = {
  start: 'Tour',
  startLabel: (title: string) => `Start the guided tour: ${title}`,
  region: 'Guided tour',
  step: (title: string, n: number, count: number) => `${title} · step ${n} of ${count}`,
  back: '← Back',
  backLabel: 'Previous step',
  next: 'Next →',
  nextLabel: 'Next step',
  end: 'End tour',
  endLabel: 'End the tour',
  embed: 'Embed this view',
  embedHelp: 'HTML to embed this view (the host must allow framing: see the README)',
  openFullMap: 'Open full map',
  saveImage: 'Save image',
  saveImageLabel: 'Save image of the map (PNG)',
  saveImageTitle: 'Save a PNG of this view, with its title, filters, legend and credits',
  imageSaved: 'Image saved.',
  imageFailed: 'The image could not be made.',
  noMapImage: 'There is no map to save in this browser.',
  imageShowing: (filters: string) => `Showing: ${filters}`,
  imageMade: (date: string, link: string) => `Made ${date} · ${link}`,
  /** The scale bar on a saved image or a printed map: its distance and the latitude where it holds. */
  scaleAt: (distance: string, latitude: string) => `${distance} at ${latitude}`,
  /** The filters on a saved image: the source chosen, and what it says when nothing is narrowed. */
  imageCiting: (title: string) => `citing “${title}”`,
  imageAllEvents: 'all events',
  railwayLegend: 'Dakar–Bamako railway (schematic)',
  /** Beside an event's title in a popup when the event or one of its figures carries a caution. */
  cautionFlag: 'caution',
};
