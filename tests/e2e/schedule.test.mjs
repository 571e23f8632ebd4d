// Plans that move over time: the month slider above the board shows where each workload runs
// in a month, and moving a card there schedules a move that undo, a reload and a shared link
// all keep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const month = (page) => page.getByRole('slider', { name: 'Plan month' });
const savedWith = (page, text) => page.waitForFunction(
  (t) => (localStorage.getItem('cloudsplit.library') ?? '').includes(t), text);

test('the month slider and a drag schedule a move; undo, reload and a shared link keep the schedule', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-support chatbot' }), zone(page, 'Azure'));
  const chatbot = card(zone(page, 'Azure'), 'Customer-support chatbot');
  await chatbot.waitFor();

  // The default plan starts 2027-01: month 6 is 2027-07.
  await month(page).fill('6');
  assert.equal(await month(page).getAttribute('aria-valuetext'), '2027-07, month 6');
  await mouseDrag(page, chatbot, zone(page, 'AWS'));
  const moved = card(zone(page, 'AWS'), 'Customer-support chatbot');
  await moved.waitFor();
  await page.getByText('Customer-support chatbot moves to AWS in 2027-07.').waitFor();
  assert.match(await moved.textContent(), /Azure -> AWS in 2027-07, 2 months both/);

  // At the start it is still on Azure; in month 3 too.
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await month(page).fill('3');
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();

  // Undo takes the move back, redo brings it again.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await month(page).fill('20');
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await page.getByRole('button', { name: /^Redo/ }).click();
  await card(zone(page, 'AWS'), 'Customer-support chatbot').waitFor();

  // The keyboard schedules too: on month 24, key 4 puts it on Both then.
  await month(page).fill('24');
  await card(zone(page, 'AWS'), 'Customer-support chatbot').focus();
  await page.keyboard.press('4');
  await card(zone(page, 'Both'), 'Customer-support chatbot').waitFor();
  await page.getByText('Customer-support chatbot moves to Both in 2029-01.').waitFor();

  // The inspector lists both moves; a move into the same month as another is refused in place.
  await card(zone(page, 'Both'), 'Customer-support chatbot').click();
  const when2 = page.getByRole('combobox', { name: 'Move 2: when' });
  await when2.selectOption('6');
  await page.getByText(/Not changed: moves 1 and 2 are both in month 6/).waitFor();
  assert.equal(await when2.inputValue(), '24', 'the last valid schedule stays');

  // The TCO has the move in it: the plan now runs on two clouds.
  await savedWith(page, '"moves"');
  await page.reload();
  await month(page).waitFor();
  assert.match(await card(zone(page, 'Azure'), 'Customer-support chatbot').textContent(),
    /Azure -> AWS in 2027-07, 2 months both -> Both \(50% Azure\) in 2029-01/);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(link, /#s=5[A-Za-z0-9_-]+$/);
  const other = await newPage(browser);
  await openApp(other, link);
  await card(zone(other, 'Azure'), 'Customer-support chatbot').waitFor();
  await month(other).fill('12');
  await card(zone(other, 'AWS'), 'Customer-support chatbot').waitFor();
  await assertClean(page);
  await assertClean(other);
});

test('a Frontier team planned on AWS before Frontier reaches it runs on Azure until the date', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await openApp(page);
  await page.getByLabel('Plan starts').fill('2026-01');
  await page.getByLabel('Plan starts').dispatchEvent('change');
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  // Plan from 2026-01: Frontier on AWS from 2026-09 (month 8).
  await month(page).fill('3');
  await card(zone(page, 'Azure'), 'Frontier agent team').waitFor();
  await month(page).fill('8');
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();

  // Waiting instead: in month 3 the card sits where it is planned, marked as waiting.
  await card(zone(page, 'AWS'), 'Frontier agent team').click();
  await page.getByRole('combobox', { name: 'Before a capability it needs reaches its cloud' })
    .selectOption({ label: 'Wait for it' });
  await month(page).fill('3');
  const waiting = card(zone(page, 'AWS'), 'Frontier agent team');
  await waiting.getByText('Waits, nothing billed: runs on AWS from 2026-09.').waitFor();
  await month(page).fill('8');
  await waiting.waitFor();
  assert.doesNotMatch(await waiting.textContent(), /Waits/);

  // The workloads CSV gives the months it is priced where.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download workloads and schedules (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'cloudsplit-workloads.csv');
  const rows = (await fs.readFile(await download.path())).toString().trim().split('\n');
  assert.equal(rows[0], 'workload,starts_on,schedule,priced_months,horizon_usd,one_time_usd,first_year_run_usd');
  assert.match(rows[1], /^"Frontier agent team","AWS","AWS","2026-09\.\.2028-12 AWS",/);
  await assertClean(page);
});

test('the phased preset: the TCO chart marks its waves and says them in words, the timeline lists the moves', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('region', { name: 'Presets' })
    .getByRole('button', { name: /^Phased: agents to AWS when Frontier arrives/ }).click();
  await page.getByRole('region', { name: 'Unsaved scenario' }).waitFor();
  // Plan from 2026-06: Frontier reaches AWS in 2026-09, both run until 2026-11, the writer
  // splits in 2027-12.
  const tco = page.getByTestId('chart-tco');
  await page.waitForFunction(() => (document.querySelector('[data-testid="chart-tco"]')
    ?.getAttribute('aria-label') ?? '').includes('Moves:'));
  const said = await tco.getAttribute('aria-label');
  assert.match(said, /Moves: 2026-09 \(1 workload\): Returns-handling agent team starts moving to AWS, both clouds running until 2026-11\./);
  assert.match(said, /2026-11 \(1 workload\): Returns-handling agent team settles on AWS\./);
  assert.match(said, /2027-12 \(1 workload\): Product description writer moves to both clouds\./);
  assert.match(await tco.innerHTML(), /2026-09 Returns-handl…/, 'the first wave is labelled on the chart');
  const timeline = await page.getByTestId('chart-timeline').getAttribute('aria-label');
  assert.match(timeline, /2026-09 OpenAI GPT family on Bedrock; .*2026-09 Returns-handling agent team starts moving to AWS/);
  await assertClean(page);
});
