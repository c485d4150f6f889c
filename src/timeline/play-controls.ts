/** The Play/Pause button and the speed choice. */
import { create } from '../dom.ts';
import type { TimelineLabels } from './labels.ts';
import { PLAYBACK_SPEEDS } from './playback.ts';

export interface PlayControls {
  setPlaying(playing: boolean): void;
  speed(): number;
  /** Removes the controls' listeners. */
  destroy(): void;
}

/**
 * Builds the controls into `parent`.
 * @param options.onToggle - the button was pressed
 * @param options.onSpeed - a speed was chosen
 */
export function buildPlayControls(
  parent: HTMLElement,
  labels: TimelineLabels,
  options: { onToggle(): void; onSpeed(speed: number): void },
): PlayControls {
  const controller = new AbortController();
  const { signal } = controller;
  const group = create('div', 'timeline-play', parent);
  const button = create('button', 'timeline-button timeline-play-button', group);
  button.type = 'button';
  const icon = create('span', 'timeline-play-icon', button, '▶');
  icon.setAttribute('aria-hidden', 'true');
  const text = create('span', undefined, button, labels.play);
  button.addEventListener('click', () => options.onToggle(), { signal });

  const label = create('label', 'timeline-speed', group);
  create('span', undefined, label, labels.speed);
  const select = create('select', 'timeline-speed-select', label);
  for (const speed of PLAYBACK_SPEEDS) {
    const option = create('option', undefined, select, labels.speedOption(speed));
    option.value = String(speed);
  }
  select.addEventListener('change', () => options.onSpeed(Number(select.value)), { signal });

  return {
    setPlaying(playing) {
      icon.textContent = playing ? '❚❚' : '▶';
      text.textContent = playing ? labels.pause : labels.play;
      button.classList.toggle('timeline-playing', playing);
    },
    speed: () => Number(select.value) || 1,
    destroy: () => controller.abort(),
  };
}
