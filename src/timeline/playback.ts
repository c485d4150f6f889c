/**
 * Play/pause over an ordered list of events, and the stepping it shares with the arrow keys. The
 * timer is injected so tests can drive it with fake timers; the step itself is the caller's.
 */

/** The two timer calls playback needs; `window`'s by default. */
export interface PlaybackTimer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const globalTimer: PlaybackTimer = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

/** Speeds offered, as multiples of the base step. */
export const PLAYBACK_SPEEDS = [1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** Time on each event at 1×, in ms; slower when the reader asks for reduced motion. */
export const BASE_STEP_MS = 2000;
export const REDUCED_MOTION_STEP_MS = 4000;

/**
 * Milliseconds between steps.
 * @example stepInterval(2, false) // 1000
 */
export function stepInterval(speed: number, reducedMotion: boolean): number {
  return (reducedMotion ? REDUCED_MOTION_STEP_MS : BASE_STEP_MS) / speed;
}

/**
 * The id `delta` places from `currentId` in `order`: null past either end. From no current id (or
 * one not in the order), forward starts at the first and backward at the last.
 * @example stepFrom(['a', 'b', 'c'], 'b', 1) // 'c'
 * @example stepFrom(['a', 'b', 'c'], null, -1) // 'c'
 */
export function stepFrom(order: readonly string[], currentId: string | null, delta: 1 | -1): string | null {
  const index = currentId === null ? -1 : order.indexOf(currentId);
  if (index === -1) return (delta > 0 ? order[0] : order[order.length - 1]) ?? null;
  return order[index + delta] ?? null;
}

/**
 * Where playing starts: null to carry on from the current id, or the first id when there is no
 * current one, it is not in the order, or it is the last (playing again from the top).
 * @example playStart(['a', 'b'], 'a') // null
 * @example playStart(['a', 'b'], 'b') // 'a'
 */
export function playStart(order: readonly string[], currentId: string | null): string | null {
  const index = currentId === null ? -1 : order.indexOf(currentId);
  return index === -1 || index === order.length - 1 ? (order[0] ?? null) : null;
}

export interface Playback {
  play(): void;
  pause(): void;
  isPlaying(): boolean;
  /** Changes the time between steps; a step already waiting is rescheduled from now. */
  setInterval(ms: number): void;
  /** Stops and forgets the pending step. */
  destroy(): void;
}

/**
 * A timer loop: while playing, calls `step` every `interval` ms. `step` returns false when there is
 * nothing more to step to, which pauses.
 * @example
 * const playback = createPlayback({ interval: 2000, step: () => advance(), onStateChange: render });
 * playback.play();
 */
export function createPlayback(options: {
  interval: number;
  step(): boolean;
  onStateChange(playing: boolean): void;
  timer?: PlaybackTimer;
}): Playback {
  const timer = options.timer ?? globalTimer;
  let interval = options.interval;
  let pending: unknown = null;
  let playing = false;

  const cancel = () => {
    if (pending !== null) timer.clearTimeout(pending);
    pending = null;
  };
  const schedule = () => {
    cancel();
    pending = timer.setTimeout(tick, interval);
  };
  const tick = () => {
    pending = null;
    if (!playing) return;
    if (options.step()) schedule();
    else pause();
  };
  const pause = () => {
    cancel();
    if (!playing) return;
    playing = false;
    options.onStateChange(false);
  };
  return {
    play() {
      if (playing) return;
      playing = true;
      options.onStateChange(true);
      schedule();
    },
    pause,
    isPlaying: () => playing,
    setInterval(ms) {
      interval = ms;
      if (playing) schedule();
    },
    destroy() {
      cancel();
      playing = false;
    },
  };
}
