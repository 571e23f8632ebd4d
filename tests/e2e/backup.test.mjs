// Never lose a workshop's work: the whole library backs up to one file and restores into a
// cleared browser, merging by scenario; a damaged backup changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';
import { bar, list, row, listNames, addTo, saveAs, showLibrary } from './library-helpers.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cloudsplit-backup-'));
});
after(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const stored = (page) => page.evaluate(() => localStorage.getItem('cloudsplit.library'));

async function backUp(page, file) {
  await showLibrary(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up all to a file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^cloudsplit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await download.saveAs(file);
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

async function restore(page, file) {
  await showLibrary(page);
  await page.getByRole('group', { name: 'Backup', exact: true }).locator('input[type=file]').setInputFiles(file);
}

/** A browser with two saved scenarios. */
async function twoSaved() {
  const page = await newPage(browser);
  await openApp(page);
  await addTo(page, 'Customer-support chatbot', 'Azure');
  await saveAs(page, 'Azure plan');
  await addTo(page, 'Frontier agent team', 'AWS');
  await saveAs(page, 'Split plan');
  return page;
}

test('back up two scenarios, clear the browser, restore, and find both intact', async () => {
  const page = await twoSaved();
  const reminder = bar(page).getByRole('button', { name: 'Only in this browser: back up' });
  await reminder.waitFor();
  const file = path.join(dir, 'two.json');
  const backup = await backUp(page, file);
  assert.equal(backup.format, 'cloudsplit-backup');
  assert.equal(backup.version, 1);
  assert.deepEqual(backup.entries.map((e) => e.scenario.name).sort(), ['Azure plan', 'Split plan']);
  await reminder.waitFor({ state: 'detached' });
  await page.getByRole('group', { name: 'Backup', exact: true }).getByText(/Last backup: \d{4}-\d{2}-\d{2}/).waitFor();
  await page.getByRole('group', { name: 'Backup', exact: true }).getByText(/Storage (is|is not) persistent|does not say/).waitFor();
  console.log(`[figure] backup of 2 scenarios: ${(await fs.stat(file)).size} bytes`);

  // The browser's storage is cleared: the same origin with nothing stored.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await bar(page).getByText('Not in your library yet').waitFor();
  await showLibrary(page);
  assert.deepEqual(await listNames(page), []);

  await restore(page, file);
  await page.getByRole('alert').getByText('two.json: Restored 2 scenarios.').waitFor();
  assert.deepEqual((await listNames(page)).sort(), ['Azure plan', 'Split plan']);
  await list(page).getByRole('listitem').filter({ hasText: 'Split plan' }).getByRole('button', { name: 'Open' }).click();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  await list(page).getByRole('listitem').filter({ hasText: 'Azure plan' }).getByRole('button', { name: 'Open' }).click();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  assert.equal(await card(page, 'Frontier agent team').count(), 0);
  await page.reload();
  await showLibrary(page);
  assert.deepEqual((await listNames(page)).sort(), ['Azure plan', 'Split plan'], 'restored for good');
  await assertClean(page);
});

test('restoring over a different scenario of the same name keeps both', async () => {
  const page = await twoSaved();
  const file = path.join(dir, 'same-name.json');
  await backUp(page, file);

  const other = await newPage(browser);
  await openApp(other);
  await addTo(other, 'Embeddings / retrieval indexing', 'Both');
  await saveAs(other, 'Azure plan');
  await restore(other, file);
  await other.getByRole('alert').getByText(/“Azure plan” differs from the backup's, so both are kept: the backup's is “Azure plan \(from backup\)”/).waitFor();
  assert.deepEqual((await listNames(other)).sort(), ['Azure plan', 'Azure plan (from backup)', 'Split plan']);
  // Our own "Azure plan" is untouched and still on the board.
  await card(zone(other, 'Both'), 'Embeddings / retrieval indexing').waitFor();
  // Restoring the same file again adds nothing.
  await restore(other, file);
  await other.getByRole('alert').getByText(/were already here/).waitFor();
  assert.equal((await listNames(other)).length, 3);
  await assertClean(page);
  await assertClean(other);
});

test('a damaged or foreign backup gets a clear message and changes nothing', async () => {
  const page = await twoSaved();
  const file = path.join(dir, 'good.json');
  const backup = await backUp(page, file);
  const before = await stored(page);
  const cases = {
    'truncated.json': (await fs.readFile(file, 'utf8')).slice(0, 200),
    'damaged.json': JSON.stringify({ ...backup, entries: [backup.entries[0], { ...backup.entries[1], scenario: { ...backup.entries[1].scenario, workloads: [{ id: 'x' }] } }] }),
    'future.json': JSON.stringify({ ...backup, version: 99 }),
    'foreign.json': JSON.stringify({ format: 'someone-else', version: 1 }),
  };
  const messages = {
    'truncated.json': /not readable JSON/,
    'damaged.json': /The backup is damaged: saved scenario 2 cannot be read.*Nothing was restored/,
    'future.json': /newer version of cloudsplit/,
    'foreign.json': /not a cloudsplit backup/,
  };
  for (const [name, text] of Object.entries(cases)) {
    const bad = path.join(dir, name);
    await fs.writeFile(bad, text);
    await restore(page, bad);
    await page.getByRole('alert').getByText(new RegExp(`${name.replace('.', '\\.')} was not restored\\. `)).filter({ hasText: messages[name] }).waitFor();
    assert.equal(await stored(page), before, `${name} changed nothing`);
  }
  assert.deepEqual((await listNames(page)).sort(), ['Azure plan', 'Split plan']);
  await assertClean(page);
});
