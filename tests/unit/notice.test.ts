// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotice } from '../../src/notice.ts';

describe('createNotice', () => {
  let parent: HTMLElement;
  const status = () => parent.querySelector('[role="status"]');
  const dismissButton = () => parent.querySelector<HTMLButtonElement>('button');

  beforeEach(() => {
    vi.useFakeTimers();
    parent = document.createElement('div');
    document.body.append(parent);
  });
  afterEach(() => {
    vi.useRealTimers();
    parent.remove();
  });

  it('keeps an empty role="status" region in the page until there is something to say', () => {
    createNotice(parent);
    expect(status()?.textContent).toBe('');
    expect(dismissButton()?.hidden).toBe(true);
  });

  it('shows a message as text, never as HTML, with a labelled Dismiss button', () => {
    const notice = createNotice(parent);
    notice.show('<b>Streets</b> could not be loaded');
    expect(status()?.textContent).toBe('<b>Streets</b> could not be loaded');
    expect(status()?.querySelector('b')).toBeNull();
    const button = dismissButton();
    expect(button?.hidden).toBe(false);
    expect(button?.type).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe('Dismiss notice');
    expect(button?.title).toBe('Dismiss');
  });

  it('hides itself after 8 s by default', () => {
    const notice = createNotice(parent);
    notice.show('Hello');
    vi.advanceTimersByTime(7999);
    expect(status()?.textContent).toBe('Hello');
    vi.advanceTimersByTime(1);
    expect(status()?.textContent).toBe('');
    expect(dismissButton()?.hidden).toBe(true);
  });

  it('waits while the pointer is on it, and restarts the wait for a new message', () => {
    const notice = createNotice(parent, { hideAfterMs: 1000 });
    const box = parent.firstElementChild;
    notice.show('One');
    box?.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(5000);
    expect(status()?.textContent).toBe('One');
    box?.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(600);
    notice.show('Two');
    vi.advanceTimersByTime(600);
    expect(status()?.textContent).toBe('Two');
    vi.advanceTimersByTime(400);
    expect(status()?.textContent).toBe('');
  });

  it('hides at once when dismissed', () => {
    const notice = createNotice(parent);
    notice.show('Hello');
    dismissButton()?.click();
    expect(status()?.textContent).toBe('');
  });
});
