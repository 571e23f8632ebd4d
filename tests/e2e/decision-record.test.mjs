// The decision record: one press lays out the placements, headline figures, charts, advice
// and changed assumptions as a printable page; only the record prints; the Markdown download
// holds the same, with names that cannot break it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { launch, newPage, openApp, assertClean, zone, card } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function boardWithHostileName(page) {
  await openApp(page);
  await loadBoard(page, 6);
  await card(page, 'Workload 1').click();
  await page.getByRole('textbox', { name: 'Name' }).fill('<script>alert(1)</script> | x');
  await card(page, '<script>alert(1)</script> | x').waitFor();
  await page.locator('details.assumptions summary').click();
  await page.getByRole('searchbox', { name: 'Find' }).fill('aws.egress');
  await page.getByRole('textbox', { name: 'AWS data transfer out', exact: true }).fill('0.05');
  await page.locator('details.assumptions summary').click();
}

test('the record opens as a page with figures, charts, advice and changed assumptions, and prints alone', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await boardWithHostileName(page);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });

  const opener = page.getByRole('button', { name: 'Decision record' });
  const started = Date.now();
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Decision record: Board of 6' });
  await dialog.waitFor();
  console.log(`[figure] decision record for 6 workloads shown ${Date.now() - started} ms after the press`);
  const date = new Date();
  const today = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  await dialog.getByText(`Recorded on ${today}`, { exact: false }).first().waitFor();
  await dialog.getByRole('rowheader', { name: '<script>alert(1)</script> | x' }).first().waitFor();
  const headline = dialog.getByTestId('record-headline');
  for (const label of ['Your plan', 'All on Azure', 'All on AWS', 'Split by rule']) {
    await headline.getByRole('rowheader', { name: new RegExp(`^${label}`) }).waitFor();
  }
  assert.equal(await dialog.locator('.record-chart div[role="img"] > svg').count(), 4, 'four charts inline');
  await dialog.getByRole('heading', { name: 'Advice and red flags' }).waitFor();
  const changed = dialog.getByTestId('record-assumptions');
  await changed.getByRole('rowheader', { name: /AWS data transfer out/ }).waitFor();
  assert.match(await changed.textContent(), /0\.05 \$\/GB.*0\.09 \$\/GB/);
  assert.match(await changed.textContent(), /This scenario/);

  await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.app-header').isVisible(), false, 'the app is hidden when printing');
  assert.equal(await page.locator('main').isVisible(), false);
  assert.ok(await dialog.isVisible(), 'the record prints');
  assert.equal(await dialog.getByRole('button', { name: 'Close' }).isVisible(), false, 'no buttons on paper');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`[figure] decision record for 6 workloads prints on ${pages} A4 pages`);
  assert.ok(pages >= 2, `the record flows over pages (${pages})`);
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `Board of 6 decision record ${today}.md`);
  const md = await fs.readFile(await download.path(), 'utf8');
  assert.match(md, /^# Decision record: Board of 6\n/);
  assert.ok(!md.includes('<script'), 'the name is escaped');
  assert.match(md, /\| &lt;script&gt;alert\(1\)&lt;\/script&gt; \\\| x \|/);
  assert.match(md, /## Assumptions changed from the defaults\n\n\| Assumption \| Value \| Default/);

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // The dialog leaves the accessibility tree as Escape closes it; its close event, which
  // puts the page back, is a separate task.
  await page.waitForFunction(() => !document.documentElement.classList.contains('record-open'));
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Decision record');
  await assertClean(page);
});
