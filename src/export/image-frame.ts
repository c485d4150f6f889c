/**
 * Where the words around a saved map image go: the title and filters above it, the key and credits
 * below, each wrapped to the image's width, and the key in as many columns (at most 4) as its longest
 * label allows. On a phone's image (780 px) the canvas would otherwise squeeze each line to fit.
 */
import { PICTURE_DENSITY } from './map-snapshot.ts';

/** The image's density (the map picture's) and the frame's sizes, in image pixels. */
export const FRAME_SCALE = PICTURE_DENSITY;
export const FRAME_PAD = 16 * FRAME_SCALE;
export const FRAME_LINE = 18 * FRAME_SCALE;
const FAMILY = `'Noto Sans', sans-serif`;
export const FRAME_FONTS = {
  title: `700 ${15 * FRAME_SCALE}px ${FAMILY}`,
  text: `${12 * FRAME_SCALE}px ${FAMILY}`,
  small: `${11 * FRAME_SCALE}px ${FAMILY}`,
} as const;
/** A key entry's swatch and the room after it, before its label. */
export const SWATCH_WIDTH = 16 * FRAME_SCALE;
const COLUMN_GAP = 8 * FRAME_SCALE;

/** Measures `text` in `font`, in image pixels (a 2D canvas context's `measureText`). */
export type Measure = (text: string, font: string) => number;

export interface FrameText {
  title: string;
  /** The filters, in words, as shown above the map. */
  showing: string;
  legend: readonly string[];
  credits: string;
  made: string;
}

export interface FrameLayout {
  title: string[];
  showing: string[];
  columns: number;
  credits: string[];
  made: string[];
  /** Heights above and below the map's picture. */
  header: number;
  footer: number;
}

/**
 * Cuts `text` into lines no wider than `width`, at spaces (never at a no-break space, which French
 * puts before its colons). A word wider than a line has a line to itself.
 * @example wrapText('a b c', 3, (s) => s.length) // ['a b', 'c']
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return [...lines, line];
}

/** Lays the frame out for an image `width` pixels wide. */
export function layoutFrame(text: FrameText, width: number, measure: Measure): FrameLayout {
  const inner = width - 2 * FRAME_PAD;
  const wrap = (words: string, font: string) => wrapText(words, inner, (s) => measure(s, font));
  const title = wrap(text.title, FRAME_FONTS.title);
  const showing = wrap(text.showing, FRAME_FONTS.text);
  const widest = Math.max(0, ...text.legend.map((label) => measure(label, FRAME_FONTS.text)));
  const columns = Math.max(1, Math.min(4, Math.floor(inner / (SWATCH_WIDTH + widest + COLUMN_GAP))));
  const credits = wrap(text.credits, FRAME_FONTS.small);
  const made = wrap(text.made, FRAME_FONTS.small);
  const keyRows = Math.ceil(text.legend.length / columns);
  return {
    title,
    showing,
    columns,
    credits,
    made,
    header: FRAME_PAD + FRAME_LINE * (title.length + showing.length),
    footer: FRAME_PAD * 2 + FRAME_LINE * (keyRows + credits.length + made.length),
  };
}
