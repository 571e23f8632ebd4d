// The local library as a user meets it: save, save as, rename, duplicate, delete and undo,
// open; undo and redo of board changes; two tabs on one library; old stored data migrated;
// storage that refuses to save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { launch, newPage, newTab, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';
import { bar, list, row, listNames, addTo, saveAs, showLibrary } from './library-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


test('save, save as, rename, duplicate, delete with undo, and open; all survive a reload', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await bar(page).getByText('Not in your library yet').waitFor();
  await addTo(page, 'Customer-support chatbot', 'Azure');
  await saveAs(page, 'Azure plan');
  await bar(page).getByText('Saved in this browser').waitFor();

  await addTo(page, 'Frontier agent team', 'AWS');
  await bar(page).getByText('Changed since saved').waitFor();
  await bar(page).getByRole('button', { name: 'Save', exact: true }).click();
  await bar(page).getByText('Saved in this browser').waitFor();

  await saveAs(page, 'Split plan');
  await showLibrary(page);
  assert.deepEqual((await listNames(page)).sort(), ['Azure plan', 'Split plan']);

  // Rename and duplicate.
  await row(page, 'Azure plan').getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New name for Azure plan' }).fill('Azure-first plan');
  await row(page, 'Azure plan').getByRole('button', { name: 'Rename' }).last().click();
  await row(page, 'Azure-first plan').waitFor();
  await row(page, 'Azure-first plan').getByRole('button', { name: 'Duplicate' }).click();
  await row(page, 'Azure-first plan (copy)').waitFor();

  // Delete, then undo.
  await row(page, 'Azure-first plan (copy)').getByRole('button', { name: 'Delete' }).click();
  await page.locator('.undo-delete').getByText('Deleted “Azure-first plan (copy)”.').waitFor();
  assert.equal(await row(page, 'Azure-first plan (copy)').count(), 0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await row(page, 'Azure-first plan (copy)').waitFor();

  // Open another scenario: the board follows.
  await row(page, 'Azure-first plan').getByRole('button', { name: 'Open' }).click();
  await bar(page).getByRole('heading', { name: 'Azure-first plan' }).waitFor();
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();

  await page.reload();
  await bar(page).getByRole('heading', { name: 'Azure-first plan' }).waitFor();
  await showLibrary(page);
  assert.deepEqual((await listNames(page)).sort(), ['Azure-first plan', 'Azure-first plan (copy)', 'Split plan']);
  await row(page, 'Azure-first plan').getByText('On the board').waitFor();

  // A name the engine refuses gets a message and changes nothing.
  await bar(page).getByRole('button', { name: 'Save as…' }).click();
  await page.getByRole('textbox', { name: 'Save the board as' }).fill('   ');
  await page.getByRole('button', { name: 'Save copy' }).click();
  await page.getByRole('alert').getByText(/cannot be empty/).waitFor();
  assert.equal((await listNames(page)).length, 3);
  await assertClean(page);
});

test('undo and redo step through drags and edits, by button and by keyboard', async () => {
  const page = await newPage(browser);
  await openApp(page);
  const undo = bar(page).getByRole('button', { name: 'Undo', exact: true });
  const redo = bar(page).getByRole('button', { name: 'Redo', exact: true });
  assert.equal(await undo.isDisabled(), true);
  await addTo(page, 'Summarisation', 'Azure');
  await mouseDrag(page, card(page, 'Summarisation'), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Summarisation').waitFor();
  // Typing a number is one step, however many keys it takes.
  await card(page, 'Summarisation').click();
  const volume = page.getByRole('textbox', { name: 'Requests per month' });
  await volume.fill('');
  await volume.pressSequentially('123456');
  await page.waitForFunction(() => document.body.textContent.includes('123,456'));

  await undo.click();
  await page.getByRole('status').filter({ hasText: 'Undone: edit volume of Summarisation.' }).waitFor();
  assert.doesNotMatch(await card(page, 'Summarisation').textContent(), /123,456/);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await card(zone(page, 'Azure'), 'Summarisation').waitFor();
  await page.keyboard.press('Control+Shift+z');
  await card(zone(page, 'AWS'), 'Summarisation').waitFor();
  await redo.click();
  await page.waitForFunction(() => document.body.textContent.includes('123,456'));
  assert.equal(await redo.isDisabled(), true);

  // Ctrl+Z inside a text field is the field's own undo, not the board's.
  await card(page, 'Summarisation').click();
  await page.getByRole('textbox', { name: 'Name' }).focus();
  await page.keyboard.press('Control+z');
  await card(zone(page, 'AWS'), 'Summarisation').waitFor();
  await assertClean(page);
});

test('two tabs on one library see each other’s saves and never overwrite each other', async () => {
  const a = await newPage(browser);
  const context = a.context();
  const b = await newTab(context);
  await a.clock.install();
  await openApp(a);
  await addTo(a, 'Classification', 'Azure');
  await saveAs(a, 'Shared plan');
  await openApp(b);
  await bar(b).getByRole('heading', { name: 'Shared plan' }).waitFor();

  // A change saved in one tab reaches the other without a reload.
  await addTo(a, 'Embeddings / retrieval indexing', 'AWS');
  await bar(a).getByRole('button', { name: 'Save', exact: true }).click();
  await card(zone(b, 'AWS'), 'Embeddings / retrieval indexing').waitFor();

  // Both change the board at the same time: tab A's change is not yet recorded (its clock is
  // paused before the autosave pause ends) when tab B saves. Both versions are kept, and
  // tab A is told.
  await a.clock.pauseAt(Date.now() + 60_000);
  await addTo(a, 'Multi-step process automation', 'AWS');
  await addTo(b, 'Summarisation', 'Both');
  await bar(b).getByRole('button', { name: 'Save', exact: true }).click();
  await a.getByRole('alert').getByText(/The scenario on the board was also changed in another tab/).waitFor();
  await a.clock.resume();
  // Once both tabs have settled, storage holds both versions (one on the board, the other as
  // a library entry), and both tabs list the same scenarios.
  const versions = () => a.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('cloudsplit.library'));
    return [doc.current.scenario, ...doc.entries.map((e) => e.scenario)]
      .map((s) => s.workloads.map((w) => w.name).sort().join(' + '));
  });
  const mine = ['Classification', 'Embeddings / retrieval indexing', 'Multi-step process automation'].join(' + ');
  const theirs = ['Classification', 'Embeddings / retrieval indexing', 'Summarisation'].join(' + ');
  for (let i = 0; i < 50; i++) {
    const v = await versions();
    if (v.includes(mine) && v.includes(theirs)) break;
    await a.waitForTimeout(100);
  }
  const v = await versions();
  assert.ok(v.includes(mine) && v.includes(theirs), `both versions kept: ${JSON.stringify(v)}`);
  await showLibrary(a);
  await showLibrary(b);
  await b.waitForTimeout(500);
  console.log(`[note] after simultaneous edits in two tabs, both list: ${JSON.stringify(await listNames(a))}`);
  assert.deepEqual((await listNames(a)).sort(), (await listNames(b)).sort());
  await assertClean(a);
  await assertClean(b);
  await context.close();
});

test('a board stored by the first version is migrated into the library, and the old data kept', async () => {
  const page = await newPage(browser);
  const v1 = await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'storage', 'v1-current.json'), 'utf8');
  // A first visit stores nothing (an empty board is not recorded), so the old data put in
  // place now is all the app finds when the page loads again.
  await openApp(page);
  await page.evaluate((text) => { localStorage.clear(); localStorage.setItem('cloudsplit.current', text); }, v1);
  await page.reload();
  await zone(page, 'Azure').waitFor();
  const name = JSON.parse(v1).scenario.name;
  await bar(page).getByRole('heading', { name }).waitFor();
  await bar(page).getByText('Not in your library yet').waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['cloudsplit.backup.v1-board', 'cloudsplit.library']);
  await assertClean(page);
});

test('when the browser refuses to save, the user is told and keeps working', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await openApp(page);
  await addTo(page, 'Classification', 'AWS');
  await page.getByRole('alert').getByText(/Could not save: the browser refused to save/).waitFor();
  await addTo(page, 'Summarisation', 'Azure');
  await page.getByRole('button', { name: 'Export file' }).waitFor();
  await assertClean(page);
});

test('compare puts two scenarios side by side with the differences', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await addTo(page, 'Customer-support chatbot', 'Azure');
  await addTo(page, 'Frontier agent team', 'Azure');
  await saveAs(page, 'All on Azure');
  await mouseDrag(page, card(page, 'Frontier agent team'), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  await saveAs(page, 'Agents on AWS');
  await showLibrary(page);
  const section = page.getByRole('region', { name: 'Compare two scenarios' });
  await section.getByRole('combobox', { name: 'Compare' }).selectOption({ label: 'All on Azure' });
  await section.getByRole('combobox', { name: 'with' }).selectOption({ label: 'Agents on AWS' });
  const table = section.getByRole('table');
  await table.getByRole('columnheader', { name: 'All on Azure' }).waitFor();
  await table.getByRole('columnheader', { name: 'Agents on AWS' }).waitFor();
  const rowText = async (name) => (await table.getByRole('row', { name: new RegExp(`^${name}`) }).allInnerTexts())[0];
  assert.match(await rowText('Horizon TCO'), /\$[\d,.]+[MB]?\s+\$[\d,.]+[MB]?\s+[+-]\$/);
  assert.match(await rowText('Governance'), /\+\d+ h/, 'a second cloud adds governance hours');
  await section.getByRole('listitem').filter({ hasText: 'Frontier agent team: Azure → AWS' }).waitFor();
  await assertClean(page);
});
