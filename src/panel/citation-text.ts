/** The plain-text citation of a view of the map: title, version, date, link, and its sources. */
import { formatDate, messages } from '../i18n/i18n.ts';
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
  const words = messages().share;
  const lines = [words.cite(view.title, view.version, formatDate(view.date), view.link)];
  lines.push(sources.length ? words.sourcesOf(view.events.length) : words.noSources);
  for (const source of sources) {
    const author = source.author ? `${source.author}. ` : '';
    const address = source.url ?? source.archiveUrl ?? words.noAddress;
    lines.push(
      `- ${author}“${source.title}”. ${source.publisher}, ${formatDate(source.published)}. ${address} ${words.accessed(formatDate(source.accessed))}`,
    );
  }
  return lines.join('\n');
}
