// The money: the plan's figures beside the three references, each line traceable to its
// dated sources, and assumptions a user can override, see marked, and reset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';

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

const tokensLine = (page) =>
  page.getByRole('region', { name: 'Cost in your plan' }).locator('details').filter({ hasText: 'Inference tokens' });

test('the headline shows the plan beside all-Azure, all-AWS and split-by-rule', async () => {
  const page = await newPage(browser);
  await openApp(page);
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await headline.getByText('Place workloads on Azure, AWS or Both').waitFor();
  for (const label of ['Your plan', 'All on Azure', 'All on AWS', 'Split by rule']) {
    await headline.getByText(label, { exact: false }).first().waitFor();
  }
  await placeChatbot(page);
  const plan = await page.getByTestId('plan-tco').textContent();
  assert.match(plan, /^\$[\d,.]+[MB]?$/);
  assert.notEqual(plan, '$0');
  await headline.getByText(/the cheapest reference, with .*governance/).waitFor();
  // One cloud in use, so the card's monthly figure and the plan equal the all-Azure reference.
  assert.match(await card(page, 'Customer-support chatbot').textContent(), /≈ \$[\d,]+ a month in year 1/);
  await assertClean(page);
});

test('a line opens to its formula and dated sources: 1M x (1,000 x $2.50 + 300 x $10) / 1M = $5,500', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeChatbot(page);
  const line = tokensLine(page);
  await line.locator('summary').waitFor();
  // A closed line has not built its sources yet: they are built when it opens.
  assert.equal(await line.locator('table').count(), 0, 'a closed line builds no sources table');
  await line.locator('summary').click();
  assert.match(await line.textContent(), /\$5,500 in the first month/);
  const sources = line.getByRole('table');
  await sources.getByRole('cell', { name: /Azure gpt-4o input/i }).waitFor();
  assert.match(await sources.textContent(), /2\.5 \$ per 1M tokens/);
  assert.match(await sources.textContent(), /litellm/);
  assert.match(await sources.textContent(), /2026-07-24/);
  await assertClean(page);
});

test('overriding a price changes the figures, is marked, survives reload, and resets', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeChatbot(page);
  const panel = page.locator('details.assumptions');
  await panel.locator('summary').click();
  await page.getByRole('searchbox', { name: 'Find' }).fill('gpt-4o');
  const price = page.getByRole('textbox', { name: 'Azure gpt-4o input price', exact: false }).first();
  await price.fill('5');
  // 1M x (1,000 x $5 + 300 x $10) / 1M = $8,000.
  await tokensLine(page).locator('summary').click();
  assert.match(await tokensLine(page).textContent(), /\$8,000 in the first month/);
  // The line's sources table is built when the line opens (its toggle event), so wait for it.
  await tokensLine(page).getByText('overridden', { exact: true }).waitFor();
  await panel.getByText('(1 of', { exact: false }).waitFor();

  await price.fill('-1');
  assert.equal(await price.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#' + (await price.getAttribute('aria-describedby'))).textContent(), /negative|at least/);
  assert.match(await tokensLine(page).textContent(), /\$8,000 in the first month/, 'the last valid value stays');

  await page.reload();
  await zone(page, 'Azure').waitFor();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').click();
  await tokensLine(page).locator('summary').click();
  assert.match(await tokensLine(page).textContent(), /\$8,000 in the first month/);

  await page.locator('details.assumptions summary').click();
  await page.getByRole('button', { name: 'Reset all to defaults' }).click();
  assert.match(await tokensLine(page).textContent(), /\$5,500 in the first month/);
  await assertClean(page);
});

test('a Frontier agent team on Azure gets a finding with its workaround', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'Azure'));
  await card(zone(page, 'Azure'), 'Frontier agent team').waitFor();
  const findings = page.getByRole('region', { name: /^Findings/ });
  await findings.getByText(/Frontier/).first().waitFor();
  assert.match(await findings.textContent(), /Azure AI Foundry|Foundry/);
  await assertClean(page);
});

test('the breakdown opens a component into its lines', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeChatbot(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
  const breakdown = page.getByRole('region', { name: "Where the plan's money goes" });
  await breakdown.getByRole('button', { name: 'Governance work' }).click();
  await breakdown.getByText('Governance work: each line and its sources').waitFor();
  assert.match(await breakdown.textContent(), /hours a month x \(architect cost \/ working hours\)/);
  await assertClean(page);
});
