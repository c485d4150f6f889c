// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterSettled } from '../../src/pwa/when-settled.ts';

afterEach(() => vi.useRealTimers());

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('afterSettled', () => {
  it('waits while the element is busy, and calls once when it is not', async () => {
    const map = document.createElement('main');
    map.setAttribute('aria-busy', 'true');
    const then = vi.fn();
    afterSettled(map, then);
    await flush();
    expect(then).not.toHaveBeenCalled();
    map.setAttribute('aria-busy', 'false');
    await flush();
    map.setAttribute('aria-busy', 'true');
    map.setAttribute('aria-busy', 'false');
    await flush();
    expect(then).toHaveBeenCalledOnce();
  });

  it('calls at once for an element already settled, and after the longest wait for one never settled', () => {
    vi.useFakeTimers();
    const settled = document.createElement('main');
    settled.setAttribute('aria-busy', 'false');
    const now = vi.fn();
    afterSettled(settled, now);
    expect(now).toHaveBeenCalledOnce();

    const stuck = document.createElement('main');
    stuck.setAttribute('aria-busy', 'true');
    const later = vi.fn();
    afterSettled(stuck, later, 1000);
    vi.advanceTimersByTime(999);
    expect(later).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(later).toHaveBeenCalledOnce();
  });

  it('calls nothing once stopped', async () => {
    const map = document.createElement('main');
    const then = vi.fn();
    afterSettled(map, then)();
    map.setAttribute('aria-busy', 'false');
    await flush();
    expect(then).not.toHaveBeenCalled();
  });
});
