/** Which sources a set of events rests on: those quoted, and those that pin a date. */
import type { MapEvent, Source } from '../data/types.ts';

/**
 * The sources the events cite, through a quote or as a date source, in the dataset's order, each
 * once. This is the reading list of an export or of "Cite this view".
 *
 * @param events - the events exported or in view
 * @param sources - all the dataset's sources
 * @returns the cited sources, in the order of `sources`
 * @example
 * citedSources([gaoAttack], dataset.sources).map((s) => s.id)
 * // ['usip-2018-peacekeeper-mali', 'minusma-2016-gao-camp-statement']
 */
export function citedSources(events: readonly MapEvent[], sources: readonly Source[]): Source[] {
  const cited = new Set(
    events.flatMap((event) => [...event.citations.map((c) => c.source), ...(event.dateSources ?? [])]),
  );
  return sources.filter((source) => cited.has(source.id));
}
