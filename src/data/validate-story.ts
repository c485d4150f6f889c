/**
 * Checks geodata/story.json, the guided tour: its shape (the schema), then that every step names
 * events that exist. Steps that fail are reported and left out; the tour keeps the rest.
 */
import * as v from 'valibot';
import { describeValue } from './describe-value.ts';
import { issueToError } from './schemas/issue-errors.ts';
import { storyHeadSchema, storyStepSchema } from './schemas/story-schema.ts';
import type { DataError, Story } from './types.ts';

/** The tour's file, beside the five of DATA_FILES; it may be left out (no tour is offered). */
export const STORY_FILE = 'story.json';

/**
 * @param raw - the parsed story.json
 * @param eventIds - the ids of the valid events
 * @returns the tour with its valid steps (none when no step is valid), and every problem
 * @example validateStory(JSON.parse(text), new Set(dataset.events.map((e) => e.id))).errors // []
 */
export function validateStory(raw: unknown, eventIds: ReadonlySet<string>): { story?: Story; errors: DataError[] } {
  const errors: DataError[] = [];
  const whole = v.safeParse(v.object({ title: v.unknown(), steps: v.array(v.unknown()) }), raw);
  if (!whole.success) {
    const got = describeValue(raw);
    errors.push({
      file: STORY_FILE,
      record: '(whole file)',
      field: '(top level)',
      expected: 'an object with "title" and a list of "steps"',
      got,
    });
    return { errors };
  }
  const head = v.safeParse(storyHeadSchema(), raw);
  if (!head.success) errors.push(...head.issues.map((issue) => issueToError(STORY_FILE, '(whole file)', issue)));
  const steps = whole.output.steps.flatMap((item, index) => {
    const record = `step ${index + 1} (index ${index})`;
    const step = v.safeParse(storyStepSchema(), item);
    if (!step.success) {
      errors.push(...step.issues.map((issue) => issueToError(STORY_FILE, record, issue)));
      return [];
    }
    const unknown = step.output.events.findIndex((id) => !eventIds.has(id));
    if (unknown >= 0) {
      const got = JSON.stringify(step.output.events[unknown]);
      errors.push({
        file: STORY_FILE,
        record,
        field: `events[${unknown}]`,
        expected: 'the id of an event in events.json',
        got,
      });
      return [];
    }
    return [step.output];
  });
  if (!head.success || steps.length === 0) return { errors };
  return { story: { ...head.output, steps }, errors };
}
