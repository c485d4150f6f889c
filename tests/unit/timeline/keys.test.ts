// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyTarget } from '../../../src/timeline/keys.ts';

const IDS = ['a', 'b', 'c'];

describe('keyTarget', () => {
  it('steps with the arrows, from nothing to the first or last', () => {
    expect(keyTarget('ArrowRight', IDS, 'a', true)).toBe('b');
    expect(keyTarget('ArrowLeft', IDS, 'b', false)).toBe('a');
    expect(keyTarget('ArrowRight', IDS, null, false)).toBe('a');
    expect(keyTarget('ArrowLeft', IDS, null, false)).toBe('c');
  });

  it('says when a key is ours but leads nowhere, and when it is not ours', () => {
    expect(keyTarget('ArrowRight', IDS, 'c', true)).toBeNull();
    expect(keyTarget('ArrowUp', IDS, 'a', true)).toBeUndefined();
    expect(keyTarget('x', IDS, 'a', true)).toBeUndefined();
  });

  it('jumps to the ends with Home and End, only from a mark', () => {
    expect(keyTarget('Home', IDS, 'b', true)).toBe('a');
    expect(keyTarget('End', IDS, 'b', true)).toBe('c');
    expect(keyTarget('Home', IDS, 'b', false)).toBeUndefined();
    expect(keyTarget('End', [], null, true)).toBeNull();
  });
});
