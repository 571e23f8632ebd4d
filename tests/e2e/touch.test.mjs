// Touch first: at 1024x768 (a tablet in landscape) every board action works with a finger,
// through real touch events: add (tap and drag from the palette), move, select, and the
// story's buttons; in presentation mode every control a finger uses is at least 44 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, deviceDrag } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false };

test('every board action works with a finger at 1024x768', async () => {
  const page = await newPage(browser, tablet);
  await openApp(page);
  const toBoard = () => page.locator('#board').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await toBoard();
  // Add: a tap on a palette item, and a drag from the palette onto a place.
  await page.getByRole('button', { name: 'Add Summarisation' }).tap();
  await card(zone(page, 'Not placed'), 'Summarisation').waitFor();
  await deviceDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'), 'touch');
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  // Move: a finger drags a card to another place, and back.
  await deviceDrag(page, card(page, 'Summarisation'), zone(page, 'Azure'), 'touch');
  await card(zone(page, 'Azure'), 'Summarisation').waitFor();
  await deviceDrag(page, card(page, 'Frontier agent team'), zone(page, 'Both'), 'touch');
  await card(zone(page, 'Both'), 'Frontier agent team').waitFor();
  // Select: a tap opens the card in the side panel.
  await card(page, 'Summarisation').tap();
  assert.equal(await card(page, 'Summarisation').getAttribute('aria-pressed'), 'true');
  await page.getByRole('textbox', { name: 'Name' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Name' }).inputValue(), 'Summarisation');
  const types = await page.evaluate(() => window.__pointerTypes);
  assert.ok(types.length > 0 && types.every((t) => t === 'touch'), `only fingers: ${types}`);
  await assertClean(page);
});

test('in presentation mode at 1024x768 every board control is a finger\'s size', async () => {
  const page = await newPage(browser, tablet);
  await openApp(page);
  await page.getByRole('button', { name: 'Add Classification' }).tap();
  await card(zone(page, 'Not placed'), 'Classification').waitFor();
  await page.getByRole('button', { name: 'Presentation mode' }).tap();
  await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
  await page.locator('#board').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('#board button, #board select, #board [role="button"], .palette button, .workshop-bar button')]
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
      .filter((el) => { const r = el.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
      .map((el) => `${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 30)} ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`));
  assert.deepEqual(small, []);
  await deviceDrag(page, card(page, 'Classification'), zone(page, 'Azure'), 'touch');
  await card(zone(page, 'Azure'), 'Classification').waitFor();
  await assertClean(page);
});
