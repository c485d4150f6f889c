/** geodata/story.json: the guided tour, an ordered list of steps through the events. */
import * as v from 'valibot';
import { position } from './geometry-schemas.ts';
import { id, list, number, record, text } from './fields.ts';

/** A caption is one or two sentences: about as long as a summary's first. */
export const MAX_CAPTION_LENGTH = 280;
/** Events a step may show together; the first is the one the tour opens. */
export const MAX_STEP_EVENTS = 3;

/** One step: the events it shows, where the map goes (optional), and a caption in our own words. */
export function storyStepSchema() {
  return record({
    events: v.pipe(
      list(id(), 1),
      v.maxLength(MAX_STEP_EVENTS, `a list of 1 to ${MAX_STEP_EVENTS} event ids, the first opened by the tour`),
    ),
    /** Where the map flies; without it, the map goes to the first event's place. */
    view: v.optional(
      record({ center: position(), zoom: v.pipe(number({ min: 3 }), v.maxValue(10, 'a zoom from 3 to 10')) }),
    ),
    caption: text({ maxLength: MAX_CAPTION_LENGTH }),
  });
}

/** The whole file: a title and at least one step. */
export function storySchema() {
  return record({ title: text({ maxLength: 120 }), steps: list(storyStepSchema(), 1) });
}

/** A step of the tour, as validated. */
export type StoryStep = v.InferOutput<ReturnType<typeof storyStepSchema>>;
/** The tour, as validated. */
export type Story = v.InferOutput<ReturnType<typeof storySchema>>;
