// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE, renderPage } from '../../src/paged-items.ts';

const items = Array.from({ length: 250 }, (_, i) => `item ${i}`);
const draw = (item: string, row: HTMLLIElement) => {
  row.textContent = item;
};

describe('renderPage', () => {
  it('draws the first page and a button naming how many are left', () => {
    const list = document.createElement('ul');
    const more = vi.fn();
    renderPage(list, items, PAGE_SIZE, draw, more);
    expect(list.children).toHaveLength(PAGE_SIZE + 1);
    const button = list.lastElementChild?.querySelector('button');
    expect(button?.textContent).toBe('Show 100 more (150 not shown)');
    button?.click();
    expect(more).toHaveBeenCalledOnce();
  });

  it('draws everything, with no button, once the limit covers the list', () => {
    const list = document.createElement('ul');
    renderPage(list, items, 300, draw, () => undefined);
    expect(list.children).toHaveLength(250);
    expect(list.querySelector('button')).toBeNull();
    expect(list.lastElementChild?.textContent).toBe('item 249');
  });

  it('adds the pinned item after the page when it lies beyond it, and only then', () => {
    const list = document.createElement('ul');
    renderPage(list, items, PAGE_SIZE, draw, () => undefined, 240);
    expect(list.children).toHaveLength(PAGE_SIZE + 2);
    expect(list.children[PAGE_SIZE]?.textContent).toBe('item 240');
    expect(list.lastElementChild?.querySelector('button')).not.toBeNull();
    renderPage(list, items, PAGE_SIZE, draw, () => undefined, 40);
    expect(list.children).toHaveLength(PAGE_SIZE + 1);
    expect([...list.children].filter((li) => li.textContent === 'item 40')).toHaveLength(1);
  });

  it('replaces what was there', () => {
    const list = document.createElement('ul');
    renderPage(list, items, 200, draw, () => undefined);
    renderPage(list, items.slice(0, 3), 200, draw, () => undefined);
    expect([...list.children].map((li) => li.textContent)).toEqual(['item 0', 'item 1', 'item 2']);
  });
});
