// Shared set-up for the browser tests: Debian Chromium through playwright-core, one fresh
// browser profile per test file, and a watch on every page for errors, CSP violations
// and requests to any origin other than the app's own.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

export const APP_URL = process.env.CLOUDSPLIT_URL ?? 'http://127.0.0.1:8181/tools/cloudsplit/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A new page (in its own context, so its own storage) with problems recorded. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  context.setDefaultTimeout(10_000);
  return newTab(context);
}

/** Another page in `context` (sharing its storage, like a second tab), with problems recorded. */
export async function newTab(context) {
  const page = await context.newPage();
  const problems = [];
  const appOrigin = new URL(APP_URL).origin;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(appOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__pointerTypes = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
    });
    window.addEventListener('pointerdown', (e) => window.__pointerTypes.push(e.pointerType), true);
  });
  page.problems = problems;
  return page;
}

/** Resolves once the results panels under the charts have caught up with the board: they
 * follow a change in the first task after the next paint (state/settled.rs), and this
 * callback is queued behind theirs. */
export async function resultsSettled(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Opens the app and waits until the board is interactive. */
export async function openApp(page, url = APP_URL) {
  await page.goto(url);
  await page.getByRole('region', { name: 'Azure', exact: true }).waitFor();
  // The assumptions panel is the last of the panels that mount after the first paint: a
  // test then sees the whole page (axe checks every panel, not only those mounted so far).
  await page.locator('.panel.assumptions').waitFor({ state: 'attached' });
}

/** Fails on anything the watch saw: errors, CSP violations, foreign requests. */
export async function assertClean(page) {
  const csp = await page.evaluate(() => window.__cspViolations ?? []);
  assert.deepEqual([...page.problems, ...csp.map((v) => `CSP violation: ${v}`)], []);
}

export const zone = (page, name) => page.getByRole('region', { name, exact: true });

/** The card whose accessible name starts with the workload's name. */
export const card = (scope, name) =>
  scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)} —`) });

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The middle of the part of an element that is inside the viewport: where a person aims. */
export async function center(locator) {
  const box = await locator.boundingBox();
  assert.ok(box, 'element is on screen');
  const view = locator.page().viewportSize() ?? { width: Infinity, height: Infinity };
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, view.height);
  const left = Math.max(box.x, 0);
  const right = Math.min(box.x + box.width, view.width);
  assert.ok(bottom > top && right > left, 'element is at least partly in view');
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/** A mouse drag made of real pointer events, in small steps. */
export async function mouseDrag(page, from, to, { release = true } = {}) {
  await from.scrollIntoViewIfNeeded();
  const a = await center(from);
  const b = await center(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 6, a.y + 6, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 12 });
  if (release) await page.mouse.up();
}

/** A finger (touch) or pen drag through the DevTools protocol's input events. */
export async function deviceDrag(page, from, to, device) {
  const cdp = await page.context().newCDPSession(page);
  const a = await center(from);
  const b = await center(to);
  const steps = 12;
  const at = (i) => ({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps });
  if (device === 'touch') {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i)] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    const mouse = (type, p, extra = {}) =>
      cdp.send('Input.dispatchMouseEvent', { type, ...p, pointerType: 'pen', button: 'left', ...extra });
    await mouse('mousePressed', at(0), { buttons: 1, clickCount: 1 });
    for (let i = 1; i <= steps; i++) await mouse('mouseMoved', at(i), { buttons: 1 });
    await mouse('mouseReleased', at(steps), { buttons: 0, clickCount: 1 });
  }
  await cdp.detach();
}

/** Milliseconds between two performance marks (or navigation start) on the page. */
export async function markTime(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null, name);
}
