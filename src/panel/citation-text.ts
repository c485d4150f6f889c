/** The plain-text citation of a view of the map: title, version, date, link, and its sources. */
import { formatDate } from '../data/dates.ts';
import type { MapEvent, Source } from '../data/types.ts';

export interface ViewCitation {
  title: string;
  version: string;
  /** YYYY-MM-DD */
  date: string;
  link: string;
  events: MapEvent[];
  sources: Source[];
}

/**
 * @example citeView({ title: 'Map', version: '1.0.0', date: '2026-11-22', link: 'https://…', events, sources })
 * // 'Map (version 1.0.0). Viewed 22 November 2026. https://…\nSources of the 3 events in view: …'
 */
export function citeView(view: ViewCitation): string {
  const cited = new Set(view.events.flatMap((e) => [...e.citations.map((c) => c.source), ...(e.dateSources ?? [])]));
  const sources = view.sources.filter((s) => cited.has(s.id));
  const lines = [`${view.title} (version ${view.version}). Viewed ${formatDate(view.date)}. ${view.link}`];
  const count = `${view.events.length} event${view.events.length === 1 ? '' : 's'}`;
  lines.push(sources.length ? `Sources of the ${count} in view:` : `No events in view, so no sources.`);
  for (const source of sources) {
    const author = source.author ? `${source.author}. ` : '';
    const address = source.url ?? source.archiveUrl ?? 'no address';
    lines.push(
      `- ${author}“${source.title}”. ${source.publisher}, ${formatDate(source.published)}. ${address} (accessed ${formatDate(source.accessed)})`,
    );
  }
  return lines.join('\n');
}
