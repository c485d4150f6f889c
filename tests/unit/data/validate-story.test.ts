import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../../src/data/load-dataset.ts';
import { validateStory } from '../../../src/data/validate-story.ts';

const EVENTS = new Set(['attack-at-b', 'relations-established']);
const step = (changes: Record<string, unknown> = {}) => ({
  events: ['relations-established'],
  caption: 'Relations began.',
  fr: { caption: 'Les relations ont commencé.' },
  ...changes,
});
const FR_TITLE = { fr: { title: 'Une visite' } };
const messages = (raw: unknown) => validateStory(raw, EVENTS).errors.map(formatDataError);

describe('validateStory', () => {
  it('keeps a valid tour whole', () => {
    const raw = {
      title: 'A tour',
      ...FR_TITLE,
      steps: [step(), step({ events: ['attack-at-b'], view: { center: [-8, 12.6], zoom: 7 } })],
    };
    const { story, errors } = validateStory(raw, EVENTS);
    expect(errors).toEqual([]);
    expect(story?.steps).toHaveLength(2);
  });

  it('names the file, the step and the field of every problem, and keeps the valid steps', () => {
    const raw = {
      title: 'A tour',
      ...FR_TITLE,
      steps: [
        step(),
        step({ events: ['no-such-event'] }),
        step({ caption: 'x'.repeat(281) }),
        step({ view: { center: [12.6, -8], zoom: 7 } }),
      ],
    };
    expect(messages(raw)).toEqual([
      'geodata/story.json, step 2 (index 1), field "events[0]": expected the id of an event in events.json; got "no-such-event"',
      'geodata/story.json, step 3 (index 2), field "caption": expected a text of at most 280 characters; got 281 characters',
      expect.stringMatching(
        /^geodata\/story\.json, step 4 \(index 3\), field "view\.center": expected \[longitude, latitude\] inside West Africa .*look swapped/,
      ),
    ]);
    expect(validateStory(raw, EVENTS).story?.steps).toHaveLength(1);
  });

  it('wants the title and every caption in French too, and no French without its English', () => {
    const raw = {
      title: 'A tour',
      steps: [step(), step({ fr: undefined }), step({ fr: { caption: 'Une légende.', title: 'Un titre' } })],
    };
    expect(messages(raw)).toEqual([
      'geodata/story.json, (whole file), field "fr.title": expected the French "title", since the record has it in English; got nothing',
      'geodata/story.json, step 2 (index 1), field "fr.caption": expected the French "caption", since the record has it in English; got nothing',
      'geodata/story.json, step 3 (index 2), field "fr.title": expected only the fields caption (is "title" misspelt?)',
    ]);
    expect(validateStory({ ...raw, ...FR_TITLE }, EVENTS).story?.fr).toEqual({ title: 'Une visite' });
  });

  it('refuses a file that is not a tour, saying what a tour is', () => {
    expect(messages([step()])).toEqual([
      'geodata/story.json, (whole file), field "(top level)": expected an object with "title" and a list of "steps"; got [{"events":["relations-established"],"caption":"Relations be…',
    ]);
    expect(validateStory({ title: 'A tour', ...FR_TITLE, steps: [] }, EVENTS).story).toBeUndefined();
  });
});
