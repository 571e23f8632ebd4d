// The board as a user meets it: add, drag with mouse, finger and pen, move with the
// keyboard only, cancel, reload, and type bad values. Queried by role and accessible name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, openApp, assertClean, zone, card, mouseDrag, deviceDrag, markTime, APP_URL,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ZONES = ['Not placed', 'Azure', 'AWS', 'Both'];

test('shows the palette in two families and the four places', async () => {
  const page = await newPage(browser);
  await openApp(page);
  for (const name of ZONES) assert.equal(await zone(page, name).count(), 1, name);
  const stateless = page.getByRole('region', { name: 'Stateless API' });
  const stateful = page.getByRole('region', { name: 'Stateful agents' });
  assert.equal(await stateless.getByRole('button').count(), 6);
  assert.equal(await stateful.getByRole('button').count(), 4);
  await stateful.getByRole('button', { name: 'Add Frontier agent team' }).waitFor();
  const interactive = await markTime(page, 'cloudsplit:interactive');
  assert.ok(interactive > 0, 'the app marks when the board is interactive');
  console.log(`[figure] navigation to interactive board: ${interactive.toFixed(0)} ms (cold profile)`);
  await page.reload();
  await zone(page, 'Azure').waitFor();
  console.log(`[figure] navigation to interactive board: ${(await markTime(page, 'cloudsplit:interactive')).toFixed(0)} ms (warm cache)`);
  await assertClean(page);
});

test('a palette item adds a focused card to Not placed, and drags onto every place', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Add Customer-support chatbot' }).click();
  const chatbot = card(zone(page, 'Not placed'), 'Customer-support chatbot');
  await chatbot.waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.workloadId !== undefined);

  for (const target of ['Azure', 'AWS', 'Both', 'Not placed']) {
    const source = card(page, 'Customer-support chatbot');
    await mouseDrag(page, source, zone(page, target));
    const moved = card(zone(page, target), 'Customer-support chatbot');
    await moved.waitFor();
    assert.equal(await card(page, 'Customer-support chatbot').count(), 1, 'moved, not copied');
    // Focus and selection follow the card into its new place.
    await page.waitForFunction(() => /^Customer-support chatbot — /.test(document.activeElement?.textContent ?? ''));
    assert.equal(await moved.getAttribute('aria-pressed'), 'true', `selected after the move to ${target}`);
  }
  const live = page.getByRole('status').filter({ hasText: 'Moved' });
  assert.match(await live.textContent(), /Moved Customer-support chatbot to Not placed\./);

  // Straight from the palette onto a place.
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  assert.equal(await card(page, 'Frontier agent team').count(), 1, 'a drag adds once, not twice');
  // Selecting another card unselects the first, wherever each has been.
  await card(page, 'Customer-support chatbot').click();
  await page.locator('[aria-pressed="true"]', { hasText: 'Customer-support chatbot' }).waitFor();
  assert.equal(await card(page, 'Frontier agent team').getAttribute('aria-pressed'), 'false');
  await assertClean(page);
});

test('a card on Both shows the default 50/50 share', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Summarisation' }), zone(page, 'Both'));
  const c = card(zone(page, 'Both'), 'Summarisation');
  await c.waitFor();
  assert.match(await c.textContent(), /Azure 50% · AWS 50%/);
  const slider = page.getByRole('slider', { name: 'Share of traffic on Azure' });
  assert.equal(await slider.inputValue(), '50');
  await slider.fill('70');
  assert.match(await c.textContent(), /Azure 70% · AWS 30%/);
  await assertClean(page);
});

test('Escape cancels a drag and a drop outside every place changes nothing', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Add Classification' }).click();
  const c = card(zone(page, 'Not placed'), 'Classification');
  await c.waitFor();

  await mouseDrag(page, c, zone(page, 'Azure'), { release: false });
  assert.ok(await page.locator('.zone-azure.drop-target').count(), 'the target place is highlighted');
  assert.ok(await page.locator('.drag-ghost').isVisible(), 'a drag ghost follows the pointer');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  assert.equal(await card(zone(page, 'Azure'), 'Classification').count(), 0);
  await c.waitFor();
  assert.equal(await page.locator('.drag-ghost').count(), 0);
  // The card let go of focus for the drag; a cancelled drag gives it back.
  await page.waitForFunction(() => /^Classification — /.test(document.activeElement?.textContent ?? ''));

  await mouseDrag(page, c, page.getByRole('heading', { name: 'cloudsplit' }));
  assert.equal(await card(zone(page, 'Not placed'), 'Classification').count(), 1);

  // After drags, the keyboard still adds from the palette at the first press.
  await page.getByRole('button', { name: 'Add Summarisation' }).press('Enter');
  await card(zone(page, 'Not placed'), 'Summarisation').waitFor();
  await assertClean(page);
});

test('keyboard only: Tab to a card, move it, focus stays on it and the move is announced', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Add Embeddings / retrieval indexing' }).press('Enter');
  await card(zone(page, 'Not placed'), 'Embeddings / retrieval indexing').waitFor();
  // Focus went to the new card; Tab away and back again to prove it is reachable.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  // The card's accessible name is its text: name, kind and place, then its figures.
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  assert.match(await focusedName(), /^Embeddings \/ retrieval indexing — /);

  await page.keyboard.press('3');
  await card(zone(page, 'AWS'), 'Embeddings / retrieval indexing').waitFor();
  await page.waitForFunction(() => /, AWS\. /.test(document.activeElement?.textContent ?? ''));
  assert.match(await page.getByRole('status').filter({ hasText: 'Moved' }).textContent(), /Moved Embeddings \/ retrieval indexing to AWS\./);

  await page.keyboard.press('ArrowLeft');
  await card(zone(page, 'Azure'), 'Embeddings / retrieval indexing').waitFor();
  await page.waitForFunction(() => /, Azure\. /.test(document.activeElement?.textContent ?? ''));
  await page.keyboard.press('4');
  await card(zone(page, 'Both'), 'Embeddings / retrieval indexing').waitFor();
  await page.keyboard.press('1');
  await card(zone(page, 'Not placed'), 'Embeddings / retrieval indexing').waitFor();
  assert.match(await focusedName(), /^Embeddings \/ retrieval indexing — /);
  await assertClean(page);
});

test('a finger and a pen drag cards with pointer events', async () => {
  const page = await newPage(browser, { hasTouch: true });
  await openApp(page);
  await page.getByRole('button', { name: 'Add Content generation' }).click();
  await page.getByRole('button', { name: 'Add Autonomous research agent' }).click();
  const content = card(zone(page, 'Not placed'), 'Content generation');
  await content.waitFor();

  await deviceDrag(page, content, zone(page, 'Azure'), 'touch');
  await card(zone(page, 'Azure'), 'Content generation').waitFor();
  await deviceDrag(page, card(page, 'Autonomous research agent'), zone(page, 'AWS'), 'pen');
  await card(zone(page, 'AWS'), 'Autonomous research agent').waitFor();
  const types = await page.evaluate(() => window.__pointerTypes);
  assert.ok(types.includes('touch'), `touch pointer events seen: ${types}`);
  assert.ok(types.includes('pen'), `pen pointer events seen: ${types}`);
  await assertClean(page);
});

test('reload finds the board as it was', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Fine-tuned model serving' }), zone(page, 'Azure'));
  await mouseDrag(page, page.getByRole('button', { name: 'Add Multi-step process automation' }), zone(page, 'Both'));
  await card(zone(page, 'Both'), 'Multi-step process automation').waitFor();
  await page.getByRole('textbox', { name: 'Name' }).fill('Invoice agent');
  await card(zone(page, 'Both'), 'Invoice agent').waitFor();

  await page.reload();
  await zone(page, 'Azure').waitFor();
  await card(zone(page, 'Azure'), 'Fine-tuned model serving').waitFor();
  await card(zone(page, 'Both'), 'Invoice agent').waitFor();
  assert.equal(await page.locator('[data-workload-id]').count(), 2);
  await assertClean(page);
});

test('rename, duplicate and remove from the side panel', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-service agent with memory' }), zone(page, 'AWS'));
  await page.getByRole('textbox', { name: 'Name' }).fill('Claims assistant');
  await card(zone(page, 'AWS'), 'Claims assistant').waitFor();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await card(zone(page, 'AWS'), 'Claims assistant (copy)').waitFor();
  await page.getByRole('button', { name: 'Remove' }).click();
  assert.equal(await card(page, 'Claims assistant (copy)').count(), 0);
  assert.equal(await card(zone(page, 'AWS'), 'Claims assistant').count(), 1);
  await assertClean(page);
});

test('bad values get an inline message and the last valid value stays in force', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Add Customer-support chatbot' }).click();
  const c = card(zone(page, 'Not placed'), 'Customer-support chatbot');
  await c.waitFor();
  const volume = page.getByRole('textbox', { name: 'Requests per month' });
  await volume.fill('250000');
  assert.match(await c.textContent(), /250,000 requests\/month/);

  for (const [bad, message] of [
    ['-5', /cannot be negative/],
    ['not a number', /is not a number/],
    ['1e30', /must be at most/],
    ['', /cannot be empty/],
  ]) {
    await volume.fill(bad);
    assert.equal(await volume.getAttribute('aria-invalid'), 'true', bad);
    const describedBy = await volume.getAttribute('aria-describedby');
    assert.match(await page.locator(`#${describedBy}`).textContent(), message);
    assert.match(await c.textContent(), /250,000 requests\/month/, `${bad} left the last valid value`);
  }

  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('x'.repeat(10_000));
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#' + (await name.getAttribute('aria-describedby'))).textContent(), /at most 80 characters/);
  await name.fill('');
  assert.match(await page.locator('#' + (await name.getAttribute('aria-describedby'))).textContent(), /cannot be empty/);
  assert.equal(await card(page, 'Customer-support chatbot').count(), 1, 'the card keeps its last valid name');
  await page.reload();
  await card(zone(page, 'Not placed'), 'Customer-support chatbot').waitFor();
  assert.match(await card(page, 'Customer-support chatbot').textContent(), /250,000/);
  await assertClean(page);
});

test('unreadable saved data is kept aside, the user is told, and the app works', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('cloudsplit.library', '{"format":"cloudsplit-library", broken'));
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.getByText('could not be opened').waitFor();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('cloudsplit.unreadable.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, ['{"format":"cloudsplit-library", broken']);
  await page.getByRole('button', { name: 'Add Summarisation' }).click();
  await card(zone(page, 'Not placed'), 'Summarisation').waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await alert.getByText('could not be opened').count(), 0);
  await assertClean(page);
});

test('with storage disabled the app still works and says it cannot save', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await openApp(page, APP_URL);
  await page.getByRole('alert').getByText('does not let cloudsplit save').waitFor();
  await mouseDrag(page, page.getByRole('button', { name: 'Add Classification' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Classification').waitFor();
  await assertClean(page);
});
