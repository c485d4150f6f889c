/**
 * "Save image": the map as it is now, at twice its pixel density, with its scale bar, framed with the
 * title, the filters, a legend, the credits, the date and the view's link, as a PNG for a paper or a
 * slide. Loaded when first used (src/main.ts); the printed page's picture is ./map-snapshot.ts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FRAME_FONTS, FRAME_LINE, FRAME_PAD, FRAME_SCALE, SWATCH_WIDTH, layoutFrame } from './image-frame.ts';
import { pictureWithScaleBar } from './map-snapshot.ts';
import type { ScaleLabel } from './scale-bar.ts';

export interface MapImageText {
  title: string;
  /** The filters in words, e.g. "Years 2010–2026; themes: mining". */
  filters: string;
  /** Swatch colour and label of each symbol shown. */
  legend: readonly { color: string; label: string }[];
  /** The credits the map shows (Natural Earth, online basemap providers, our sources). */
  attribution: string;
  /** YYYY-MM-DD */
  date: string;
  link: string;
  /** The words around the filters and the date, in the interface's language. */
  showing: (filters: string) => string;
  made: (date: string, link: string) => string;
  scaleAt: ScaleLabel;
}

const [SCALE, PAD, LINE] = [FRAME_SCALE, FRAME_PAD, FRAME_LINE];
const NO_CANVAS = 'This browser cannot draw the image (no 2D canvas).';

/** The map at `SCALE`× density with its scale bar, read in the frame it is drawn (WebGL clears it after). */
function captureMap(map: MapLibreMap, scaleAt: ScaleLabel): Promise<HTMLCanvasElement> {
  const ratio = map.getPixelRatio();
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      const picture = pictureWithScaleBar(map, SCALE, scaleAt);
      map.setPixelRatio(ratio);
      if (picture) resolve(picture);
      else reject(new Error(NO_CANVAS));
    });
    map.setPixelRatio(SCALE);
    map.triggerRepaint();
  });
}

/**
 * Renders the framed image.
 * @returns a PNG blob, `SCALE` times the map's size in CSS pixels, plus the frame
 * @example const png = await mapImage(map, { title, filters, legend, attribution, date, link });
 */
export async function mapImage(map: MapLibreMap, text: MapImageText): Promise<Blob> {
  const picture = await captureMap(map, text.scaleAt);
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d');
  if (!g) throw new Error(NO_CANVAS);
  const measure = (words: string, font: string) => {
    g.font = font;
    return g.measureText(words).width;
  };
  const frame = layoutFrame(
    {
      title: text.title,
      showing: text.showing(text.filters),
      legend: text.legend.map((entry) => entry.label),
      credits: text.attribution,
      made: text.made(text.date, text.link),
    },
    picture.width,
    measure,
  );
  canvas.width = picture.width;
  canvas.height = picture.height + frame.header + frame.footer;
  const maxWidth = canvas.width - 2 * PAD;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.textBaseline = 'top';
  let y = PAD;
  /** Writes `lines` down from `y`, one `LINE` apart. */
  const write = (lines: readonly string[], font: string, color: string) => {
    [g.font, g.fillStyle] = [font, color];
    for (const line of lines) {
      g.fillText(line, PAD, y, maxWidth);
      y += LINE;
    }
  };
  write(frame.title, FRAME_FONTS.title, '#1f1f1f');
  write(frame.showing, FRAME_FONTS.text, '#1f1f1f');
  g.drawImage(picture, 0, frame.header);
  y = frame.header + picture.height + PAD / 2;
  const column = maxWidth / frame.columns;
  g.font = FRAME_FONTS.text;
  text.legend.forEach((entry, i) => {
    const x = PAD + (i % frame.columns) * column;
    const row = y + Math.floor(i / frame.columns) * LINE;
    g.fillStyle = entry.color;
    g.beginPath();
    g.arc(x + 6 * SCALE, row + 7 * SCALE, 5 * SCALE, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#1f1f1f';
    g.fillText(entry.label, x + SWATCH_WIDTH, row, column - SWATCH_WIDTH);
  });
  y += Math.ceil(text.legend.length / frame.columns) * LINE + PAD / 2;
  write([...frame.credits, ...frame.made], FRAME_FONTS.small, '#555555');
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}
