// Share links and files: a scenario travels in the URL fragment or a JSON file, opens as an
// unsaved scenario, never overwrites the user's board, and hostile input only gets a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag, APP_URL } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CORPUS = path.join(import.meta.dirname, '..', 'corpus');
const stored = (page) => page.evaluate(() => localStorage.getItem('cloudsplit.library'));
/** Waits until autosave has recorded a board holding `name`. */
const savedWith = (page, name) => page.waitForFunction(
  (n) => (localStorage.getItem('cloudsplit.library') ?? '').includes(n), name);

async function boardWithTwo(page) {
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  await page.getByRole('textbox', { name: 'Name' }).fill('Claims <b>agents</b>');
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-support chatbot' }), zone(page, 'Azure'));
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await savedWith(page, '"placement":"Azure"');
}

test('copy link puts the whole scenario in the fragment; it opens unsaved elsewhere and can be kept', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await boardWithTwo(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(link, /#s=5[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  console.log(`[figure] share link for 2 workloads: ${link.length} characters`);

  const other = await newPage(browser);
  await openApp(other);
  await mouseDrag(other, other.getByRole('button', { name: 'Add Embeddings / retrieval indexing' }), zone(other, 'Both'));
  await card(zone(other, 'Both'), 'Embeddings / retrieval indexing').waitFor();
  await savedWith(other, 'Embeddings / retrieval indexing');
  const ownBoard = await stored(other);
  await other.goto(link);
  await card(zone(other, 'AWS'), 'Claims <b>agents</b>').waitFor();
  await card(zone(other, 'Azure'), 'Customer-support chatbot').waitFor();
  const banner = other.getByRole('region', { name: 'Unsaved scenario' });
  await banner.getByText('from a shared link').waitFor();
  await mouseDrag(other, card(other, 'Customer-support chatbot'), zone(other, 'Both'));
  await card(zone(other, 'Both'), 'Customer-support chatbot').waitFor();
  assert.equal(await stored(other), ownBoard, 'the own board is untouched while viewing');

  await banner.getByRole('button', { name: 'Back to my board' }).click();
  await card(zone(other, 'Both'), 'Embeddings / retrieval indexing').waitFor();
  assert.equal(await card(other, 'Claims <b>agents</b>').count(), 0);

  await other.goto(link);
  await other.getByRole('button', { name: 'Save to my scenarios' }).click();
  await other.reload();
  await card(zone(other, 'AWS'), 'Claims <b>agents</b>').waitFor();
  assert.equal(new URL(other.url()).hash, '');
  await assertClean(page);
  await assertClean(other);
});

test('every hostile link in the corpus gets a message, and the board and storage stay as they were', async () => {
  const page = await newPage(browser);
  await boardWithTwo(page);
  const before = await stored(page);
  const dir = path.join(CORPUS, 'share_links');
  const files = (await fs.readdir(dir)).filter((f) => !f.startsWith('ok--') && !f.startsWith('empty--'));
  assert.ok(files.length >= 20, `corpus has ${files.length} hostile links`);
  for (const file of files) {
    const token = (await fs.readFile(path.join(dir, file), 'utf8')).trim();
    const hash = token.startsWith('#') ? token : token.startsWith('s=') ? `#${token}` : `#s=${token}`;
    await page.goto('about:blank');
    await page.goto(APP_URL + hash);
    await page.getByRole('alert').getByText('The shared link could not be opened').waitFor();
    await card(zone(page, 'AWS'), 'Claims <b>agents</b>').waitFor();
    assert.equal(await stored(page), before, `${file} changed nothing`);
    assert.equal(await page.getByRole('region', { name: 'Unsaved scenario' }).count(), 0, file);
  }
  await assertClean(page);
});

test('export a file and import it in a fresh browser; a damaged file changes nothing', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await boardWithTwo(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  assert.match(download.suggestedFilename(), /\.cloudsplit\.json$/);
  const file = await download.path();
  const json = JSON.parse(await fs.readFile(file, 'utf8'));
  assert.equal(json.format, 'cloudsplit-scenario');

  const fresh = await newPage(browser);
  await openApp(fresh);
  await fresh.getByLabel('Import file').setInputFiles(file);
  await card(zone(fresh, 'AWS'), 'Claims <b>agents</b>').waitFor();
  await fresh.getByRole('region', { name: 'Unsaved scenario' }).getByText('from the file').waitFor();

  const own = await stored(page);
  const damaged = path.join(CORPUS, 'files', (await fs.readdir(path.join(CORPUS, 'files'))).find((f) => f.startsWith('invalid--')));
  await page.getByLabel('Import file').setInputFiles(damaged);
  await page.getByRole('alert').getByText('was not opened').waitFor();
  assert.equal(await stored(page), own);
  await card(zone(page, 'AWS'), 'Claims <b>agents</b>').waitFor();
  await assertClean(page);
  await assertClean(fresh);
});
