// The whole board at a glance: a 50-workload board at 1920x1080 turns compact by itself and
// shows every card without any place scrolling inside; compact cards still move by mouse,
// finger and keyboard; a filter by family or kind narrows a large board.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag, deviceDrag } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Places whose cards scroll inside them, and cards not wholly on screen, board scrolled to its top. */
const hiddenCards = (page) => page.evaluate(() => {
  document.getElementById('board').scrollIntoView({ block: 'start' });
  const scrolling = [...document.querySelectorAll('.zone-cards')]
    .filter((list) => list.scrollHeight > list.clientHeight + 1)
    .map((list) => list.closest('[data-zone]').dataset.zone);
  const offScreen = [...document.querySelectorAll('[data-workload-id]')]
    .filter((c) => { const r = c.getBoundingClientRect(); return r.top < 0 || r.bottom > window.innerHeight || r.height === 0; })
    .map((c) => c.dataset.workloadId);
  return { scrolling, offScreen, cards: document.querySelectorAll('[data-workload-id]').length };
});

test('a 50-workload board at 1920x1080 is compact by itself and shows every card', async () => {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await openApp(page);
  await loadBoard(page, 50);
  const density = page.getByRole('combobox', { name: 'Cards' });
  assert.equal(await density.inputValue(), 'auto');

  const compact = await hiddenCards(page);
  console.log(`[figure] 50 workloads at 1920x1080, compact: ${compact.cards} cards, ${compact.offScreen.length} off screen, ${compact.scrolling.length} places scrolling`);
  assert.equal(compact.cards, 50);
  assert.deepEqual(compact.scrolling, [], 'no place scrolls inside');
  assert.deepEqual(compact.offScreen, [], 'every card on one screen');

  // The usual density cannot show them: what the automatic choice is for.
  await density.selectOption('comfortable');
  const comfortable = await hiddenCards(page);
  assert.ok(comfortable.scrolling.length > 0, 'comfortable cards scroll inside their places');
  await density.selectOption('compact');
  assert.deepEqual((await hiddenCards(page)).scrolling, []);

  // Compact cards still move: mouse, finger, keyboard.
  await mouseDrag(page, card(zone(page, 'Azure'), 'Workload 5'), zone(page, 'Not placed'));
  await card(zone(page, 'Not placed'), 'Workload 5').waitFor();
  await deviceDrag(page, card(zone(page, 'AWS'), 'Workload 6'), zone(page, 'Not placed'), 'touch');
  await card(zone(page, 'Not placed'), 'Workload 6').waitFor();
  assert.ok((await page.evaluate(() => window.__pointerTypes)).includes('touch'), 'the second drag was a finger');
  await card(page, 'Workload 7').focus();
  await page.keyboard.press('1');
  await card(zone(page, 'Not placed'), 'Workload 7').waitFor();
  await assertClean(page);
});

test('a large board can be narrowed to a family or a kind', async () => {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await openApp(page);
  await loadBoard(page, 50);
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.selectOption({ label: 'Stateful agents (all kinds)' });
  await card(page, 'Workload 4').waitFor(); // FrontierAgentTeam
  await card(page, 'Workload 1').waitFor({ state: 'detached' }); // Summarisation
  const kinds = await page.locator('[data-workload-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? c.textContent));
  assert.ok(kinds.length > 0 && kinds.every((k) => /Frontier agent team|Process automation/i.test(k)), kinds.join('\n'));
  const azure = zone(page, 'Azure');
  assert.match(await azure.locator('.zone-count').textContent(), /^\d+ of 20$/);

  await show.selectOption({ label: 'Embeddings / retrieval indexing' });
  await card(page, 'Workload 3').waitFor();
  assert.equal(await page.locator('[data-workload-id]').count(), 8, 'every sixth workload is an embedding');
  await show.selectOption({ label: 'All workloads' });
  await card(page, 'Workload 1').waitFor();
  assert.equal(await page.locator('[data-workload-id]').count(), 50);
  await assertClean(page);
});
