// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every main view, under the same
// strict CSP as users get. Any violation fails, with the rule, the element and the fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => { await browser?.close(); });

async function check(page, view) {
  const found = await axeViolations(page);
  console.log(`[figure] axe-core on ${view}: ${found.length} violations`);
  assert.deepEqual(found, [], `${view}:\n${found.join('\n')}`);
}

test('axe-core finds no WCAG 2.1 A/AA violation on the main views', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await check(page, 'the empty board');

  await loadBoard(page, 12);
  await card(page, 'Workload 2').click();
  await check(page, 'a board of 12 with a workload selected');

  await page.getByRole('button', { name: /^My scenarios/ }).click();
  await page.getByRole('region', { name: 'My scenarios' }).waitFor();
  await check(page, 'the library, backup and compare');

  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('region', { name: 'Presets' }).waitFor();
  await check(page, 'the presets list');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Decision record' }).click();
  await page.getByRole('dialog').waitFor();
  await check(page, 'the decision record');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' }).catch(() => {});

  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
  await check(page, 'presentation mode');
  await assertClean(page);
});

test('axe-core: a shared scenario with its banner, and messages on screen', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const other = await newPage(browser);
  await other.goto(link);
  await other.getByRole('region', { name: 'Unsaved scenario' }).waitFor();
  await other.goto(`${link.split('#')[0]}#s=1broken`);
  await other.getByRole('alert').getByText('The shared link could not be opened').waitFor();
  await check(other, 'a shared scenario, its banner and an error message');
  await assertClean(page);
  await assertClean(other);
});
