import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chronologicalOrder } from '../../src/data/dataset-index.ts';
import { dateBounds } from '../../src/data/dates.ts';
import type { MapEvent } from '../../src/data/types.ts';

const event = (id: string, date: string) => ({ id, date }) as MapEvent;
const idsInOrder = (events: MapEvent[]) => Array.from(chronologicalOrder(events), (i) => events[i]?.id);

describe('chronologicalOrder', () => {
  it('orders by the earliest day, then the latest, then the id', () => {
    const events = [
      event('b-year', '2016'),
      event('a-year', '2016'),
      event('day', '2016-01-01'),
      event('month', '2016-01'),
      event('span', '2015-06/2016-02'),
      event('later', '2016-01-02'),
    ];
    expect(idsInOrder(events)).toEqual(['span', 'day', 'month', 'a-year', 'b-year', 'later']);
  });

  it('agrees with comparing (start, end, id) in turn, for any dates', () => {
    const date = fc
      .tuple(fc.integer({ min: 1950, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 })))
      .map(([year, month]) => (month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`));
    const events = fc
      .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), date), {
        selector: ([id]) => id,
        maxLength: 30,
      })
      .map((pairs) => pairs.map(([id, text]) => event(id, text)));
    fc.assert(
      fc.property(events, (list) => {
        const key = (e: MapEvent) => {
          const bounds = dateBounds(e.date);
          return [bounds?.start ?? '', bounds?.end ?? '', e.id];
        };
        const compare = (x: MapEvent, y: MapEvent) => {
          const [a, b] = [key(x), key(y)];
          for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return (a[k] ?? '') < (b[k] ?? '') ? -1 : 1;
          return 0;
        };
        expect(idsInOrder(list)).toEqual([...list].sort(compare).map((e) => e.id));
      }),
    );
  });
});
