// Presets: the list and the preset files are fetched next to the app (under the sub-path,
// same origin), and one press opens a preset as an unsaved scenario over the user's board.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, APP_URL } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const stored = (page) => page.evaluate(() => localStorage.getItem('cloudsplit.current'));

test('each preset opens in one press, unsaved, and the advice says what it shows', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Add Summarisation' }).press('Enter');
  await card(zone(page, 'Not placed'), 'Summarisation').waitFor();
  const own = await stored(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));

  const cases = [
    [/^Azure-native enterprise/, 'Customer-support chatbot (web and app)', 'Azure', 'Azure-first'],
    [/^AWS-native, building agents/, 'Shipment-exception agent team', 'AWS', 'AWS-first'],
    [/^Regulated bank on both clouds/, 'Retail-banking chatbot', 'Both', 'Multi-cloud'],
    [/^Agent-first scale-up/, 'Product agent team', 'AWS', 'AWS-first'],
  ];
  for (const [title, workload, place, verdict] of cases) {
    const started = Date.now();
    await page.getByRole('button', { name: 'Presets' }).click();
    await page.getByRole('region', { name: 'Presets' }).getByRole('button', { name: title }).click();
    await card(zone(page, place), workload).waitFor();
    await page.getByTestId('advice-verdict').filter({ hasText: new RegExp(`^${verdict}$`) }).waitFor();
    console.log(`[figure] preset ${title.source}: board and advice shown ${Date.now() - started} ms after the press`);
    const banner = page.getByRole('region', { name: 'Unsaved scenario' });
    await banner.getByText('from the preset', { exact: false }).waitFor();
    assert.equal(await stored(page), own, 'the own board is untouched');
  }
  const base = new URL(APP_URL);
  const fetched = requests.filter((u) => u.includes('/presets/'));
  assert.ok(fetched.length >= 5, 'the list and four presets were fetched');
  for (const u of fetched) assert.ok(u.startsWith(`${base.origin}${base.pathname}presets/`), u);

  await page.getByRole('button', { name: 'Back to my board' }).click();
  await card(zone(page, 'Not placed'), 'Summarisation').waitFor();
  await assertClean(page);
});

test('the presets list closes with Escape and its buttons are touch-sized', async () => {
  const page = await newPage(browser);
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Presets' });
  await toggle.click();
  const list = page.getByRole('region', { name: 'Presets' });
  const first = list.getByRole('button').first();
  await first.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const box = await list.boundingBox();
  const view = page.viewportSize();
  assert.ok(box.x >= 0 && box.x + box.width <= view.width && box.y >= 0, 'the list is on screen');
  for (const b of await list.getByRole('button').all()) {
    const box = await b.boundingBox();
    assert.ok(box.height >= 44, `preset button is ${box.height}px high`);
  }
  await first.focus();
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'detached' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await assertClean(page);
});
