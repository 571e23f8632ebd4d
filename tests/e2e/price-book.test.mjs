// The private price book: import a CSV and a LiteLLM JSON file, see the values marked with
// their source and the TCO change, keep it across reloads, remove it; it never travels in a
// link or a file, and a bad file changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'price_books');
const panel = (page) => page.getByRole('region', { name: 'Private price book' });
const tco = (page) => page.getByTestId('plan-tco').textContent();
const storedBook = (page) => page.evaluate(() => localStorage.getItem('cloudsplit.price-book'));

/** A chatbot on gpt-4.1-mini (the catalog default) on Azure. */
async function placeChatbot(page) {
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-support chatbot' }), zone(page, 'Azure'));
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
}

async function sourcesOfTokens(page) {
  const line = page.getByRole('region', { name: 'Cost in your plan' }).locator('details').filter({ hasText: 'Inference tokens' });
  if (!(await line.evaluate((d) => d.open))) await line.locator('summary').click();
  return line.locator('table.sources');
}

test('a CSV price book changes the TCO, is marked as the source, survives reload, and removes cleanly', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await openApp(page);
  await placeChatbot(page);
  const before = await tco(page);

  await panel(page).getByLabel('Import price book').setInputFiles(path.join(FIXTURES, 'negotiated.csv'));
  await panel(page).getByTestId('price-book-active').getByText(/Private price book: negotiated\.csv, imported \d{4}-\d{2}-\d{2}/).waitFor();
  await panel(page).getByRole('status').getByText('Used 8 values from the CSV file.').waitFor();
  assert.match(await panel(page).getByRole('status').textContent(), /row 6: gcp/);
  await page.waitForFunction((b) => document.querySelector('[data-testid="plan-tco"]')?.textContent !== b, before);
  const after = await tco(page);
  console.log(`[figure] chatbot TCO with list prices ${before}, with the CSV price book ${after}`);

  const sources = await sourcesOfTokens(page);
  await sources.getByText('price book', { exact: true }).first().waitFor();
  assert.match(await sources.textContent(), /Private price book: negotiated\.csv, imported/);
  assert.match(await sources.textContent(), /0\.3 \$ per 1M tokens/);

  // The assumptions table marks it too.
  await page.locator('details.assumptions summary').click();
  await page.getByRole('searchbox', { name: 'Find' }).fill('gpt-4.1-mini input');
  const row = page.locator('details.assumptions tr.from-price-book').filter({ hasText: 'Azure gpt-4.1-mini input price' });
  await row.getByText('Private price book: negotiated.csv', { exact: false }).waitFor();
  assert.equal(await row.getByRole('textbox', { name: 'Azure gpt-4.1-mini input price', exact: true }).inputValue(), '0.3');

  // Not in links or files, and the share bar says so.
  await page.getByTestId('price-book-share-note').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  const exported = await fs.readFile(await download.path(), 'utf8');
  assert.ok(!exported.includes('0.3,') && !exported.includes('negotiated'), 'the export holds no price book');
  assert.ok(!exported.includes('gpt-4.1-mini.input'), 'no price book value in the overrides');

  await page.reload();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  assert.equal(await tco(page), after, 'reload keeps the price book');
  assert.ok(await storedBook(page));

  await panel(page).getByRole('button', { name: 'Remove price book' }).click();
  await page.waitForFunction((b) => document.querySelector('[data-testid="plan-tco"]')?.textContent === b, before);
  assert.equal(await storedBook(page), null);
  assert.equal(await page.getByTestId('price-book-share-note').count(), 0);
  await page.reload();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  assert.equal(await tco(page), before, 'defaults after a reload');
  await assertClean(page);
});

test('a LiteLLM price file imports what matches and reports the rest', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeChatbot(page);
  const before = await tco(page);
  await panel(page).getByLabel('Import price book').setInputFiles(path.join(FIXTURES, 'negotiated-litellm.json'));
  const status = panel(page).getByRole('status');
  await status.getByText('Used 7 values from the LiteLLM price file.', { exact: false }).waitFor();
  assert.match(await status.textContent(), /azure\/my-fine-tune/);
  assert.match(await status.textContent(), /providers other than Azure and AWS/);
  await page.waitForFunction((b) => document.querySelector('[data-testid="plan-tco"]')?.textContent !== b, before);
  const sources = await sourcesOfTokens(page);
  assert.match(await sources.textContent(), /Private price book: negotiated-litellm\.json/);

  // The real LiteLLM format, trimmed: prices equal to the shipped ones leave the TCO alone.
  await panel(page).getByLabel('Import price book').setInputFiles(path.join(FIXTURES, 'litellm-trimmed.json'));
  await panel(page).getByTestId('price-book-active').getByText('litellm-trimmed.json', { exact: false }).waitFor();
  await page.waitForFunction((b) => document.querySelector('[data-testid="plan-tco"]')?.textContent === b, before);
  await assertClean(page);
});

test('a malformed or huge price book gets a message and changes nothing', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeChatbot(page);
  await panel(page).getByLabel('Import price book').setInputFiles(path.join(FIXTURES, 'negotiated.csv'));
  await panel(page).getByTestId('price-book-active').waitFor();
  const kept = await storedBook(page);
  const value = await tco(page);

  const bad = 'cloud,model,input_per_1m,output_per_1m\nazure,gpt-4.1-mini,-1,2\naws,gpt-oss-20b,0.07,lots\n';
  await panel(page).getByLabel('Import price book').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const alert = page.getByRole('alert');
  await alert.getByText('bad.csv was not imported', { exact: false }).waitFor();
  assert.match(await alert.textContent(), /Row 2: .*cannot be negative/);
  assert.match(await alert.textContent(), /Row 3: .*must be a number/);

  const huge = Buffer.alloc(5 * 1024 * 1024, 'a');
  await panel(page).getByLabel('Import price book').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
  await alert.getByText('larger than a price book can be', { exact: false }).waitFor();

  await panel(page).getByLabel('Import price book').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"azure/gpt-4o": {') });
  await alert.getByText('not valid JSON', { exact: false }).waitFor();

  assert.equal(await storedBook(page), kept);
  assert.equal(await tco(page), value);
  await panel(page).getByText('Private price book: negotiated.csv', { exact: false }).waitFor();
  await assertClean(page);
});

test('the CSV template downloads and imports as the shipped defaults', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await openApp(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: 'Download CSV template' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'cloudsplit-price-book-template.csv');
  const file = await download.path();
  const text = await fs.readFile(file, 'utf8');
  assert.match(text, /^# cloudsplit private price book/);
  assert.match(text, /\ncloud,model,input_per_1m,output_per_1m,cached_input_per_1m\nazure,gpt-4o,2\.5,10,1\.25\n/);
  await panel(page).getByLabel('Import price book').setInputFiles(file);
  await panel(page).getByRole('status').getByText(/^Used \d+ values from the CSV file\.$/).waitFor();
  await assertClean(page);
});
