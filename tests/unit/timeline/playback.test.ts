// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BASE_STEP_MS,
  REDUCED_MOTION_STEP_MS,
  createPlayback,
  playStart,
  stepFrom,
  stepInterval,
  type PlaybackTimer,
} from '../../../src/timeline/playback.ts';

const ORDER = ['a', 'b', 'c'];

describe('stepping', () => {
  it('moves one place either way and stops at the ends', () => {
    expect(stepFrom(ORDER, 'a', 1)).toBe('b');
    expect(stepFrom(ORDER, 'b', -1)).toBe('a');
    expect(stepFrom(ORDER, 'c', 1)).toBeNull();
    expect(stepFrom(ORDER, 'a', -1)).toBeNull();
  });

  it('starts at the first going forward and the last going back, from nothing or an unknown id', () => {
    expect(stepFrom(ORDER, null, 1)).toBe('a');
    expect(stepFrom(ORDER, 'zzz', -1)).toBe('c');
    expect(stepFrom([], null, 1)).toBeNull();
  });

  it('plays on from the current id, or from the top after the last', () => {
    expect(playStart(ORDER, 'a')).toBeNull();
    expect(playStart(ORDER, 'b')).toBeNull();
    expect(playStart(ORDER, 'c')).toBe('a');
    expect(playStart(ORDER, null)).toBe('a');
    expect(playStart([], null)).toBeNull();
  });

  it('visits every id once, in order, stepping forward from nothing (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 20 }), (order) => {
        const visited: string[] = [];
        for (let id = stepFrom(order, null, 1); id !== null; id = stepFrom(order, id, 1)) visited.push(id);
        expect(visited).toEqual(order);
      }),
    );
  });

  it('steps more slowly with reduced motion, and faster with speed', () => {
    expect(stepInterval(1, false)).toBe(BASE_STEP_MS);
    expect(stepInterval(4, false)).toBe(BASE_STEP_MS / 4);
    expect(stepInterval(1, true)).toBe(REDUCED_MOTION_STEP_MS);
    expect(REDUCED_MOTION_STEP_MS).toBeGreaterThan(BASE_STEP_MS);
  });
});

describe('createPlayback', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(steps: number, timer?: PlaybackTimer) {
    let left = steps;
    const step = vi.fn(() => {
      left -= 1;
      return left > 0;
    });
    const onStateChange = vi.fn();
    const playback = createPlayback({ interval: 1000, step, onStateChange, timer });
    return { playback, step, onStateChange };
  }

  it('steps on every interval and pauses itself when there is nothing left', () => {
    vi.useFakeTimers();
    const { playback, step, onStateChange } = setup(3);
    playback.play();
    expect(playback.isPlaying()).toBe(true);
    expect(onStateChange).toHaveBeenLastCalledWith(true);
    vi.advanceTimersByTime(999);
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(step).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(step).toHaveBeenCalledTimes(3);
    expect(playback.isPlaying()).toBe(false);
    expect(onStateChange).toHaveBeenLastCalledWith(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses, and ignores a second play', () => {
    vi.useFakeTimers();
    const { playback, step, onStateChange } = setup(10);
    playback.play();
    playback.play();
    expect(onStateChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    playback.pause();
    vi.advanceTimersByTime(10_000);
    expect(step).toHaveBeenCalledTimes(1);
    expect(onStateChange).toHaveBeenLastCalledWith(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reschedules the waiting step when the interval changes', () => {
    vi.useFakeTimers();
    const { playback, step } = setup(10);
    playback.play();
    vi.advanceTimersByTime(600);
    playback.setInterval(250);
    vi.advanceTimersByTime(250);
    expect(step).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(step).toHaveBeenCalledTimes(3);
  });

  it('uses an injected timer, and destroy clears the pending step', () => {
    const pending = new Map<number, () => void>();
    let next = 0;
    const timer: PlaybackTimer = {
      setTimeout: (callback) => (pending.set(++next, callback), next),
      clearTimeout: (handle) => pending.delete(handle as number),
    };
    const { playback, step } = setup(10, timer);
    playback.play();
    expect(pending.size).toBe(1);
    const fire = () => {
      const [[handle, callback] = []] = pending;
      if (handle === undefined || !callback) throw new Error('nothing pending');
      pending.delete(handle);
      callback();
    };
    fire();
    expect(step).toHaveBeenCalledTimes(1);
    expect(pending.size).toBe(1);
    playback.destroy();
    expect(pending.size).toBe(0);
    expect(playback.isPlaying()).toBe(false);
  });
});
