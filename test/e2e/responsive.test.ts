import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, wcagViolations } from './support/axe.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { screenshot } from './support/page-checks.js';

/*
 * Every page of the app at tablet width (768 px), as each role and logged out: the page never scrolls sideways
 * (a wide table scrolls inside its own box), axe finds nothing, and the keyboard works: the skip link is the
 * first tab stop and leads into the content, every tab stop shows where the focus is and lies within the screen.
 * At phone width (320 px, WCAG 1.4.10 reflow) every page again never scrolls sideways. At both widths the caption of
 * a wide table lies within the screen, though the table scrolls inside its box.
 * E2E_SCREENSHOTS=<folder> photographs every page at 1280 and 768 px.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const STAFF = 'staff@lindely.demo';
const PROVIDER_MANAGER = 'manager@lindely.demo';
const MANAGER = 'leder@hjoerring.demo';
const ADMIN = 'admin@hjoerring.demo';
const INTEGRATOR = 'integration@hjoerring.demo';

const TABLET = { width: 768, height: 1000 };
const PHONE = { width: 320, height: 800 };
/** Tab stops walked per page: the header, the menu and a good part of the content. */
const TAB_STOPS = 40;

interface Fixture {
  citizen: string;
  contract: string;
  meeting: string;
  statusNote: string;
  form: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const path = (...parts: string[]) => `/${parts.map((p, i) => (i % 2 ? encodeURIComponent(p) : p)).join('/')}`;

/** Loads a page and waits until its data is there (its h1 drawn, no "Henter…" left, the network quiet). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Where the page is wider than the screen, in words, naming what sticks out (not what a scroll box holds); or null. */
async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const scrolledInBox = (element: Element) => element.parentElement?.closest('.table--responsive-scroll') != null;
    const sticking = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !scrolledInBox(e))
      .slice(0, 3)
      .map((e) => e.outerHTML.slice(0, 100));
    return `page is ${document.documentElement.scrollWidth} px wide at ${width} px: ${sticking.join(' | ')}`;
  });
}

/**
 * The visible captions of tables in a scroll box that reach past the screen's edges, box or text, in words: a wide
 * table scrolls inside its box, but its caption must be readable without scrolling.
 */
async function captionsCut(page: Page): Promise<string[]> {
  // The box's width reaches the caption through a ResizeObserver: let it run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const width = window.innerWidth;
    return [...document.querySelectorAll<HTMLElement>('.table--responsive-scroll caption')].flatMap((caption) => {
      const box = caption.getBoundingClientRect();
      if (box.width <= 1) return []; // read by screen readers only
      const range = document.createRange();
      range.selectNodeContents(caption);
      const text = range.getBoundingClientRect();
      const left = Math.min(box.left, text.left);
      const right = Math.max(box.right, text.right);
      return left < -1 || right > width + 1 ? [`the caption "${caption.textContent}" spans ${Math.round(left)}–${Math.round(right)} px at ${width} px`] : [];
    });
  });
}

/** What is wrong with the page at its current width, in words; empty when nothing. */
async function pageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await sidewaysScroll(page);
  if (overflow) problems.push(overflow);
  problems.push(...(await captionsCut(page)));
  const axe = describeViolations(await wcagViolations(page));
  if (axe) problems.push(axe);
  return problems.concat(await keyboardProblems(page));
}

/** The skip link first (when the page did not move the focus itself), then every tab stop visible and on screen. */
async function keyboardProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  if (await page.evaluate(() => document.activeElement === document.body)) {
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className ?? '');
    if (first !== 'skipnav') problems.push(`the first tab stop is .${first}, not the skip link`);
    else {
      // It slides into view (0.2 s transition).
      await expect.poll(() => page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
      await page.keyboard.press('Enter');
      if ((await page.evaluate(() => document.activeElement?.id)) !== 'main-content') problems.push('the skip link does not lead into the content');
    }
  }
  // A focus the styles cannot tell (the calendar button inside a native date field, in the browser's own shadow
  // tree) must at least be drawn: the control looks different while focused than once the focus has moved on.
  let unstyled: { name: string; clip: Box; focused: Buffer } | null = null;
  for (let stop = 0; stop <= TAB_STOPS; stop++) {
    await page.keyboard.press('Tab');
    if (unstyled) {
      if (unstyled.focused.equals(await page.screenshot({ fullPage: true, clip: unstyled.clip }))) problems.push(`${unstyled.name} shows no focus`);
      unstyled = null;
    }
    if (stop === TAB_STOPS) break;
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
        styled: element.matches(':focus') && ((style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none'),
        box: { x: box.left, y: box.top + window.scrollY, width: box.width, height: box.height },
        viewport: window.innerWidth,
      };
    });
    if (!focused) continue;
    const { name, styled, box, viewport } = focused;
    if (box.width === 0 || box.height === 0 || box.x < -1 || box.x + box.width > viewport + 1) {
      problems.push(`${name} is focused out of view (${Math.round(box.x)}–${Math.round(box.x + box.width)} px)`);
    } else if (!styled) {
      const clip = { x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12, height: box.height + 12 };
      unstyled = { name, clip, focused: await page.screenshot({ fullPage: true, clip }) };
    }
  }
  return problems;
}

describe('every page at tablet width and by keyboard, as each role', () => {
  let app: E2eApp;
  let fixture: Fixture;

  const api = strictApi(() => app);

  beforeAll(async () => {
    app = await startE2eApp();
    // A demo contract between Hjørring and Bostedet Lindely with a status note, so both sides see the same pages.
    const visible = await api(STAFF, '{ contracts(first: 100, filter: { status: [ACTIVE] }) { edges { node { id authority { name } citizen { id } followUpMeetings { id statusNote { id } } } } } }');
    const contract = visible.contracts.edges
      .map((e: any) => e.node)
      .find((c: any) => c.authority.name === 'Hjørring Kommune' && c.followUpMeetings.some((m: any) => m.statusNote));
    expect(contract).toBeDefined();
    const meeting = contract.followUpMeetings.find((m: any) => m.statusNote);
    const notice = await api(STAFF, 'mutation($i: ReportChangeInput!) { reportChange(input: $i) { changeNotice { id } userErrors { message } } }', {
      i: { contractId: contract.id, description: 'Borgeren er flyttet til en anden afdeling på bostedet', consequences: 'Ny kontaktperson fra næste måned' },
    });
    expect(notice.reportChange.userErrors).toEqual([]);
    const form = await api(CASEWORKER, 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { formResponse { id } userErrors { message } } }', {
      i: { templateKey: 'complexity-checklist', subjectId: contract.citizen.id, answers: {} },
    });
    fixture = { citizen: contract.citizen.id, contract: contract.id, meeting: meeting.id, statusNote: meeting.statusNote.id, form: form.saveFormResponse.formResponse.id };
  }, 120_000);
  afterAll(() => app?.close());

  /**
   * Visits the pages logged in as one user (or none), checking each at tablet width, then each again at phone width
   * for sideways scrolling; all problems are listed together.
   */
  async function walk(email: string | null, label: string, pages: Record<string, string>): Promise<void> {
    const { context, page } = email ? await app.loginAs(email, { viewport: TABLET }) : await (async () => {
      const context = await app.browser.newContext({ baseURL: app.url, locale: 'da-DK', viewport: TABLET });
      return { context, page: await context.newPage() };
    })();
    const problems: string[] = [];
    for (const [name, url] of Object.entries(pages)) {
      await open(page, url);
      for (const problem of await pageProblems(page)) problems.push(`${name} (${url}): ${problem}`);
      await screenshot(page, `responsive-${label}-${name}`, 3);
    }
    await page.setViewportSize(PHONE);
    for (const [name, url] of Object.entries(pages)) {
      await open(page, url);
      const overflow = await sidewaysScroll(page);
      if (overflow) problems.push(`${name} (${url}) at ${PHONE.width} px: ${overflow}`);
      for (const cut of await captionsCut(page)) problems.push(`${name} (${url}) at ${PHONE.width} px: ${cut}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }

  it('the caseworker’s pages', { timeout: 300_000 }, async () => {
    const { citizen, contract, meeting, statusNote, form } = fixture;
    await walk(CASEWORKER, 'caseworker', {
      work: '/',
      citizens: '/citizens',
      'new-citizen': '/citizens/new',
      citizen: path('citizens', citizen),
      contracts: '/contracts',
      'new-contract': `/contracts/new?citizen=${encodeURIComponent(citizen)}`,
      contract: path('contracts', contract),
      'contract-print': `${path('contracts', contract)}/print`,
      'plan-follow-up': `${path('contracts', contract)}/follow-ups/new`,
      meeting: path('meetings', meeting),
      'status-note': path('status-notes', statusNote),
      'status-note-print': `${path('status-notes', statusNote)}/print`,
      'change-notices': `${path('contracts', contract)}/change-notices`,
      form: path('forms', form),
      'form-print': `${path('forms', form)}/print`,
      progression: '/progression',
      accessibility: '/accessibility',
      'not-found': '/no-such-page',
    });
  });

  it('the provider staff’s and the provider manager’s pages', { timeout: 300_000 }, async () => {
    const { citizen, contract, meeting, statusNote } = fixture;
    await walk(STAFF, 'staff', {
      work: '/',
      citizens: '/citizens',
      citizen: path('citizens', citizen),
      contracts: '/contracts',
      contract: path('contracts', contract),
      meeting: path('meetings', meeting),
      'status-note': path('status-notes', statusNote),
      'report-change': `${path('contracts', contract)}/change-notices/new`,
      'change-notices': `${path('contracts', contract)}/change-notices`,
      progression: '/progression',
    });
    await walk(PROVIDER_MANAGER, 'provider-manager', { work: '/', citizens: '/citizens', contracts: '/contracts', contract: path('contracts', contract), progression: '/progression' });
  });

  it('the manager’s, the administrator’s and the integration’s pages, and the pages without login', { timeout: 300_000 }, async () => {
    await walk(MANAGER, 'manager', { progression: '/progression', citizens: '/citizens' });
    await walk(ADMIN, 'admin', { work: '/', progression: '/progression', users: '/users', 'api-tokens': '/api-tokens', 'audit-log': '/audit-log', anonymisation: '/anonymisation' });
    await walk(INTEGRATOR, 'integration', { work: '/', progression: '/progression' });
    await walk(null, 'visitor', { login: '/login', accessibility: '/accessibility', 'not-found': '/no-such-page' });
  });

  it('moves through the main menu by keyboard alone', async () => {
    const { context, page } = await app.loginAs(CASEWORKER, { viewport: TABLET });
    await open(page, '/');
    const menu = page.locator('nav.app-nav');
    for (let stop = 0; stop < 10 && !(await page.evaluate(() => document.activeElement?.textContent === 'Borgere')); stop++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/citizens', { waitUntil: 'commit' });
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Borgere');
    expect(await menu.locator('a.current').textContent()).toBe('Borgere');
    await context.close();
  });
});
