// The currency: every amount on the page follows the Currency select, at a dated rate the user
// can edit; bad rates are explained in place; the choice survives a reload; back in US dollars
// the figures are the same as before, exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag, resultsSettled } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A chatbot on gpt-4o at 1M requests a month, 1,000 tokens in and 300 out, on Azure. */
async function placeChatbot(page) {
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-support chatbot' }), zone(page, 'Azure'));
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('gpt-4o');
  await page.getByRole('textbox', { name: 'Requests per month' }).fill('1,000,000');
  await page.getByRole('textbox', { name: 'Tokens in per request' }).fill('1000');
  await page.getByRole('textbox', { name: 'Tokens out per request' }).fill('300');
}

const currencySelect = (page) => page.getByRole('combobox', { name: 'Currency', exact: true });
const rateField = (page) => page.getByRole('textbox', { name: 'Exchange rate (units per US dollar)' });
const tokensLine = (page) =>
  page.getByRole('region', { name: 'Cost in your plan' }).locator('details').filter({ hasText: 'Inference tokens' });
/** "$5,500", "-$2.3M": a dollar amount (not a unit such as "$ per 1M tokens"). */
const DOLLARS = /\$\d/;

/** The figures the room reads: headline, cards, advice, breakdown, findings, risks, charts. */
async function mainFigures(page) {
  await resultsSettled(page);
  const parts = [
    page.getByRole('region', { name: 'Headline figures' }),
    page.locator('.board'),
    page.getByRole('region', { name: 'Advice: Azure, AWS or both?' }),
    page.getByRole('region', { name: "Where the plan's money goes" }),
    page.getByRole('region', { name: /^Findings/ }),
    page.getByRole('region', { name: 'Top risks' }),
  ];
  const texts = [];
  for (const p of parts) texts.push(await p.first().innerText());
  // The money charts' SVG text: axis ticks, the plan's end label, the tornado's base line. (The
  // timeline names a fact in its own currency: "Amazon's $35B contingent tranche".)
  for (const name of ['TCO over time', 'Where the money goes', 'What moves the answer']) {
    texts.push(...(await page.getByRole('figure', { name }).locator('svg text').allTextContents()));
  }
  return texts.join('\n');
}

test('switching the Currency select to EUR shows euros everywhere and survives a reload', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await openApp(page);
  await placeChatbot(page);
  const tco = page.getByTestId('plan-tco');
  await page.getByText('$5,500 a month in year 1').first().waitFor().catch(() => {});
  const dollars = await tco.textContent();
  assert.match(dollars, /^\$[\d,.]+[MB]?$/);
  assert.equal(await currencySelect(page).inputValue(), 'USD');

  await currencySelect(page).selectOption('EUR');
  await page.waitForFunction(() => document.querySelector('[data-testid="plan-tco"]')?.textContent.startsWith('€'));
  // The shipped rate names its source and date.
  assert.equal(await rateField(page).inputValue(), '0.9605');
  assert.match(await page.locator('#currency-source').textContent(), /ECB.*28 Feb 2025/);
  // Hand-computed: 1M x (1,000 x $2.50 + 300 x $10) / 1M = $5,500 a month; at 0.92 €/$, €5,060.
  await rateField(page).fill('0.92');
  await rateField(page).blur();
  await tokensLine(page).locator('summary').click();
  await tokensLine(page).getByText('€5,060 in the first month', { exact: false }).waitFor();
  // The source price stays in dollars, with the converted figure beside it.
  assert.match(await tokensLine(page).getByRole('table').textContent(), /2\.5 \$ per 1M tokens \(USD list price; €2\.3 at 0\.92 €\/\$ as of/);
  assert.match(await card(page, 'Customer-support chatbot').textContent(), /≈ €[\d,]+ a month in year 1/);
  await page.getByRole('figure', { name: 'TCO over time' }).locator('svg text').filter({ hasText: '€' }).first().waitFor();
  const euros = await mainFigures(page);
  assert.doesNotMatch(euros, DOLLARS, `a dollar amount is left on the page:\n${euros}`);
  assert.match(euros, /€[\d,.]+/);

  // The figures as CSV name their currency.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download figures (CSV)' }).click(),
  ]);
  const csv = (await fs.readFile(await download.path())).toString();
  assert.equal(csv.split('\n')[0], 'month,strategy,component,cloud,eur');

  // A rate of 0 is explained in place, and the last valid rate stays in force.
  const inEuros = await tco.textContent();
  await rateField(page).fill('0');
  assert.equal(await rateField(page).getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#currency-rate-error').textContent(), /more than 0/);
  assert.equal(await tco.textContent(), inEuros);
  await rateField(page).fill('0.92');
  assert.equal(await rateField(page).getAttribute('aria-invalid'), 'false');

  await page.reload();
  await zone(page, 'Azure').waitFor();
  assert.equal(await currencySelect(page).inputValue(), 'EUR');
  assert.equal(await rateField(page).inputValue(), '0.92');
  assert.equal(await tco.textContent(), inEuros);

  // Back in US dollars, exactly the figure from before.
  await currencySelect(page).selectOption('USD');
  await page.waitForFunction(() => document.querySelector('[data-testid="plan-tco"]')?.textContent.startsWith('$'));
  assert.equal(await tco.textContent(), dollars);
  assert.equal(await rateField(page).count(), 0, 'US dollars need no rate');
  await assertClean(page);
});

test('another currency is entered with a code, a symbol and a rate; bad ones are explained', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeChatbot(page);
  await currencySelect(page).selectOption('other');
  const code = page.getByRole('textbox', { name: 'Code (three letters)' });
  await code.fill('CH');
  await page.getByRole('textbox', { name: 'Symbol' }).fill('CHF');
  await page.getByRole('textbox', { name: 'Units per US dollar' }).fill('0.88');
  await page.getByRole('button', { name: 'Use this currency' }).click();
  assert.match(await page.locator('#other-currency-error').textContent(), /three letters/);
  assert.match(await page.getByTestId('plan-tco').textContent(), /^\$/, 'nothing changes until it is valid');

  await code.fill('chf');
  await page.getByRole('button', { name: 'Use this currency' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="plan-tco"]')?.textContent.startsWith('CHF '));
  assert.equal(await currencySelect(page).inputValue(), 'CHF');
  assert.equal(await rateField(page).inputValue(), '0.88');
  assert.match(await page.locator('#currency-source').textContent(), /Entered by you/);
  // Undo brings the dollars back: the change went through the history like any other.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="plan-tco"]')?.textContent.startsWith('$'));
  await assertClean(page);
});
