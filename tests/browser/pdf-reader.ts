/**
 * Just enough of a PDF reader to check what Chromium prints, with Node's zlib and no dependency:
 * the pages' sizes, the text of each page (through the fonts' ToUnicode maps) and the images'
 * colours. It reads the PDFs Chromium (Skia) writes — uncompressed object syntax, streams with a
 * direct /Length, Type0 fonts with Identity-H and hex strings — not PDFs in general.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * A printed page: its MediaBox in points and its text. Chromium places glyphs one run at a time and
 * may leave out the space at a line's end, so compare text with the whitespace taken out.
 */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** An image drawn on a page: its size in pixels and how many colours a sample of its pixels has. */
export interface PdfImage {
  width: number;
  height: number;
  colours: number;
}

/** Every `N 0 obj`: its dictionary and its stream, inflated when it is FlateDecode. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text))) {
    let at = start.lastIndex;
    if (!text.startsWith('<<', at)) continue;
    let depth = 0;
    const from = at;
    do {
      const pair = text.slice(at, at + 2);
      depth += pair === '<<' ? 1 : pair === '>>' ? -1 : 0;
      at += pair === '<<' || pair === '>>' ? 2 : 1;
    } while (depth > 0 && at < text.length);
    const dict = text.slice(from, at);
    const object: PdfObject = { dict };
    const stream = /^\s*stream\r?\n/.exec(text.slice(at, at + 20));
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    if (stream && length) {
      const bytes = pdf.subarray(at + stream[0].length, at + stream[0].length + Number(length[1]));
      object.stream = dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes;
      start.lastIndex = at + stream[0].length + Number(length[1]);
    }
    objects.set(Number(match[1]), object);
  }
  return objects;
}

/** A ToUnicode CMap: glyph code (hex) to text. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      if (code && text) map.set(code.toUpperCase(), utf16(text));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, low, high, first] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      if (!low || !high || !first) continue;
      const base = parseInt(first, 16);
      for (let code = parseInt(low, 16); code <= parseInt(high, 16); code++)
        map.set(
          code.toString(16).toUpperCase().padStart(low.length, '0'),
          String.fromCodePoint(base + code - parseInt(low, 16)),
        );
    }
  return map;
}

/** The text a content stream shows, one run (Tj or TJ) after another. */
function pageText(content: string, fonts: Map<string, Map<string, string>>): string {
  const runs: string[] = [];
  let cmap = new Map<string, string>();
  const decode = (hex: string) =>
    (hex.match(/[0-9A-Fa-f]{4}/g) ?? []).map((code) => cmap.get(code.toUpperCase()) ?? '').join('');
  for (const [, font, array, single] of content.matchAll(
    /\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g,
  )) {
    if (font) cmap = fonts.get(font) ?? new Map();
    else if (array !== undefined)
      runs.push([...array.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => decode(m[1] ?? '')).join(''));
    else if (single !== undefined) runs.push(decode(single));
  }
  return runs.join('');
}

const reference = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/**
 * The pages of a PDF, in order, with their size and text.
 * @example const [first] = readPdfPages(await page.pdf({ format: 'A4' })); first.width // 595.92
 */
export function readPdfPages(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesRoot?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  return kids.map(([, id]) => {
    const page = objects.get(Number(id))?.dict ?? '';
    const box = (/\/MediaBox \[([^\]]*)\]/.exec(page)?.[1] ?? '').trim().split(/\s+/).map(Number);
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, fontId] of (/\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objects.get(Number(fontId))?.dict ?? '';
      const cmap = objects.get(reference(font, 'ToUnicode'))?.stream?.toString('latin1') ?? '';
      if (name) fonts.set(name, readCMap(cmap));
    }
    const content = objects.get(reference(page, 'Contents'))?.stream?.toString('latin1') ?? '';
    return {
      width: (box[2] ?? 0) - (box[0] ?? 0),
      height: (box[3] ?? 0) - (box[1] ?? 0),
      text: pageText(content, fonts),
    };
  });
}

/**
 * The 8-bit RGB images of a PDF (Chromium writes a canvas or a PNG drawn on the page so), with the
 * number of colours in a sample of their pixels: a drawn map has hundreds, a blank canvas one.
 */
export function readPdfImages(pdf: Buffer): PdfImage[] {
  return [...readObjects(pdf).values()]
    .filter((o) => /\/Subtype \/Image\b/.test(o.dict) && /\/BitsPerComponent 8\b/.test(o.dict) && o.stream)
    .map(({ dict, stream }) => {
      const width = Number(/\/Width (\d+)/.exec(dict)?.[1]);
      const height = Number(/\/Height (\d+)/.exec(dict)?.[1]);
      const pixels = stream ?? Buffer.alloc(0);
      const channels = Math.round(pixels.length / (width * height)) || 1;
      const seen = new Set<number>();
      for (let i = 0; i + channels <= pixels.length; i += channels * 97)
        seen.add(channels >= 3 ? pixels.readUIntBE(i, 3) : (pixels[i] ?? 0));
      return { width, height, colours: seen.size };
    });
}
