import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, wcagViolations } from './axe.js';

/** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await wcagViolations(page))).toBe('');
}

/**
 * With E2E_SCREENSHOTS=<folder>: full-page screenshots at 1280 and 768 px, plus full-resolution slices of long
 * pages (at most `parts`) to read the details. Does nothing otherwise.
 */
export async function screenshot(page: Page, name: string, parts = 6): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
  const viewport = page.viewportSize();
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `${folder}/${name}-${engine}-${width}.png`, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 1; top < height && part <= parts; top += 1000, part++) {
      await page.screenshot({ path: `${folder}/${name}-${engine}-${width}-part${part}.png`, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(1000, height - top) } });
    }
  }
  if (viewport) await page.setViewportSize(viewport);
}
