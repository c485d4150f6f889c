/** geodata/story.json: the guided tour, an ordered list of steps through the events. */
import * as v from 'valibot';
import { position } from './geometry-schemas.ts';
import { fields, id, list, number, objectThen, record, text } from './fields.ts';
import { translated, translations } from './translations.ts';

/** A caption is one or two sentences: about as long as a summary's first. */
export const MAX_CAPTION_LENGTH = 280;
/** Events a step may show together; the first is the one the tour opens. */
export const MAX_STEP_EVENTS = 3;
const MAX_TITLE_LENGTH = 120;

/** A step's own words, which each translation gives again in its language. */
const captionTexts = () => ({ caption: text({ maxLength: MAX_CAPTION_LENGTH }) });
/** The tour's title, translated like the captions. */
const titleTexts = () => ({ title: text({ maxLength: MAX_TITLE_LENGTH }) });

/** One step: the events it shows, where the map goes (optional), and a caption in our own words. */
export function storyStepSchema() {
  return translated(
    record({
      events: v.pipe(
        list(id(), 1),
        v.maxLength(MAX_STEP_EVENTS, `a list of 1 to ${MAX_STEP_EVENTS} event ids, the first opened by the tour`),
      ),
      /** Where the map flies; without it, the map goes to the first event's place. */
      view: v.optional(
        record({ center: position(), zoom: v.pipe(number({ min: 3 }), v.maxValue(10, 'a zoom from 3 to 10')) }),
      ),
      ...captionTexts(),
      /** The caption in each other language: `"fr": { "caption": … }`. */
      ...translations(captionTexts()),
    }),
    ['caption'],
  );
}

/** The tour's title and its translations; the steps are checked one by one, so a bad one is left out alone. */
export function storyHeadSchema() {
  return translated(objectThen(fields({ ...titleTexts(), ...translations(titleTexts()) })), ['title']);
}

/** The whole file: a title and at least one step. */
export function storySchema() {
  return record({ ...titleTexts(), steps: list(storyStepSchema(), 1), ...translations(titleTexts()) });
}

/** A step of the tour, as validated. */
export type StoryStep = v.InferOutput<ReturnType<typeof storyStepSchema>>;
/** The tour, as validated. */
export type Story = v.InferOutput<ReturnType<typeof storySchema>>;
