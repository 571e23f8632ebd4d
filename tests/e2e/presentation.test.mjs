// Presentation mode at a projector's 1280x720 and a 4K screen: large type, figures and the
// TCO chart in the first screen, no sideways scrolling, touch-sized controls, the board still
// works from the keyboard, the setting survives a reload, and toggling back restores the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const presenting = (page) => page.evaluate(() => document.documentElement.classList.contains('presenting'));
const noSideScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The part of an element's box inside the first screen, as a share of its height. */
const inFirstScreen = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
    return r.height > 0 ? visible / r.height : 0;
  });

for (const [width, height, minFont] of [[1280, 720, 18], [3840, 2160, 40]]) {
  test(`presentation mode at ${width}x${height}`, async () => {
    const page = await newPage(browser, { viewport: { width, height } });
    await openApp(page);
    await loadBoard(page, 6);
    const toggle = page.getByRole('button', { name: 'Presentation mode' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await toggle.getAttribute('aria-keyshortcuts'), 'Alt+Shift+P');

    await page.locator('body').press('Alt+Shift+P');
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.evaluate(() => window.scrollTo(0, 0));

    const font = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    console.log(`[figure] presentation mode at ${width}x${height}: root font ${font}px`);
    assert.ok(font >= minFont, `type is large (${font}px)`);
    assert.ok(await noSideScroll(page), 'no horizontal scrollbar');
    const headline = await inFirstScreen(page.getByTestId('plan-tco'));
    const chart = await inFirstScreen(page.getByTestId('chart-tco'));
    console.log(`[figure] at ${width}x${height}: headline ${Math.round(headline * 100)}%, TCO chart ${Math.round(chart * 100)}% in the first screen`);
    assert.equal(headline, 1, 'the headline is in the first screen');
    assert.equal(chart, 1, 'the whole TCO chart is in the first screen');

    // Every control in the first screen is a finger's size.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, summary, select, input:not(.visually-hidden), .file-button, [role="button"]')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top < window.innerHeight && r.bottom > 0;
        })
        .filter((el) => { const r = el.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
        .map((el) => `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent).slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`));
    assert.deepEqual(small, [], 'touch targets of at least 44 px');

    // The board still works from the keyboard.
    const moving = card(page, 'Workload 2');
    await moving.focus();
    await page.keyboard.press('1');
    await card(zone(page, 'Not placed'), 'Workload 2').waitFor();
    assert.ok(await noSideScroll(page));

    await page.reload();
    await zone(page, 'Azure').waitFor();
    assert.ok(await presenting(page), 'remembered across a reload');

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    assert.equal(await presenting(page), false);
    assert.equal(await page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed'), 'false');
    const [board, charts] = await Promise.all(
      ['#board', '[data-testid="chart-tco"]'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)),
    );
    assert.ok(board < charts, 'the usual order is back: the board before the charts');
    await page.reload();
    await zone(page, 'Azure').waitFor();
    assert.equal(await presenting(page), false);
    await assertClean(page);
  });
}
