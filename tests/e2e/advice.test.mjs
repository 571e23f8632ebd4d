// Governance, risk and the decision advisor as the room sees them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag, resultsSettled } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const advice = (page) => page.getByRole('region', { name: 'Advice: Azure, AWS or both?' });

async function add(page, kind, place) {
  await mouseDrag(page, page.getByRole('button', { name: `Add ${kind}` }), zone(page, place));
  await card(zone(page, place), kind).waitFor();
}

test('an empty board asks for workloads; stateless work on an Azure-native org points Azure-first', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await advice(page).getByText('Add workloads to the board to get advice.').waitFor();
  await add(page, 'Customer-support chatbot', 'Azure');
  await add(page, 'Summarisation', 'Azure');
  await add(page, 'Classification', 'Azure');
  await resultsSettled(page);
  assert.equal(await advice(page).getByTestId('advice-verdict').textContent(), 'Azure-first');
  assert.match(await advice(page).textContent(), /stateless/i);
  await assertClean(page);
});

test('agents whose data lives in AWS point AWS-first, and a plan on Azure is told what it costs', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Organisation is native to' }).selectOption('aws');
  for (const kind of ['Frontier agent team', 'Autonomous research agent']) {
    await add(page, kind, 'Azure');
    await page.getByRole('combobox', { name: 'Data lives today in' }).selectOption('aws');
  }
  await resultsSettled(page);
  assert.equal(await advice(page).getByTestId('advice-verdict').textContent(), 'AWS-first');
  const text = await advice(page).textContent();
  assert.match(text, /Your plan against All on AWS/);
  assert.match(text, /TCO over the horizon[+−]\$/);
  assert.match(text, /2 workloads placed differently from the advice/);
  await assertClean(page);
});

test('the headline shows governance hours and risk, and top risks name their driver', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await add(page, 'Frontier agent team', 'AWS');
  await page.getByRole('combobox', { name: 'Runs today on' }).selectOption('azure');
  await page.getByRole('combobox', { name: 'Data lives today in' }).selectOption('azure');
  await page.getByRole('textbox', { name: 'Data held' }).fill('50000');
  await add(page, 'Customer-support chatbot', 'Azure');
  assert.match(await page.getByTestId('plan-burden').textContent(), /^\d+ governance h\/month · (Low|Medium|High|Critical) risk$/);
  const burden = page.getByRole('figure', { name: 'Governance burden' });
  await burden.getByText('Governance burden as a table').click();
  for (const row of ['Total, hours a month', 'Audits per year (duplicated)', 'Policies to keep in sync', 'Burden index (0-100)']) {
    await burden.getByRole('rowheader', { name: row }).waitFor();
  }
  const risks = page.getByRole('region', { name: 'Top risks' });
  await risks.getByText('Frontier agent team').first().waitFor();
  assert.match(await risks.textContent(), /Driven by: /);
  await assertClean(page);
});

test('the organisation answers the framework\'s questions, and the advice and its flip change', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await add(page, 'Customer-support chatbot', 'Azure');
  await add(page, 'Frontier agent team', 'AWS');
  const verdict = advice(page).getByTestId('advice-verdict');
  const flips = advice(page).getByRole('list', { name: 'What would change it' });
  // Weighed by spend, the agent team is most of the money: AWS-first, with multi-cloud behind it.
  await advice(page).getByText(/Stateful agents are \d+% of the spend/).first().waitFor();
  assert.equal(await verdict.textContent(), 'AWS-first');
  const before = await flips.getByRole('listitem').first().textContent();
  assert.match(before, /^Multi-cloud would win if /);

  // The questions, in plain words, answered for an organisation ready for two clouds.
  await page.getByRole('combobox', { name: 'How much does early access to new OpenAI models matter?' }).selectOption('high');
  await page.getByRole('combobox', { name: 'How much does cost per token matter (Trainium-optimised inference on AWS)?' }).selectOption('medium');
  await page.getByRole('combobox', { name: 'How much extra governance work would you accept for a second cloud?' }).selectOption('high');
  await page.getByRole('combobox', { name: 'Does the organisation have multi-cloud expertise and tooling today?' }).selectOption('in-place');
  await page.getByRole('checkbox', { name: 'Existing Azure commitment (EA / EDP)' }).check();
  await page.getByRole('checkbox', { name: 'Existing AWS commitment (EA / EDP)' }).check();
  await page.getByRole('textbox', { name: 'AWS commitment a year (0 = not stated)' }).fill('2000000');

  await advice(page).getByText(/Commitments on Azure and AWS \(\$2\.0M a year\) give negotiating leverage/).waitFor();
  assert.equal(await verdict.textContent(), 'Multi-cloud');
  // The flip now points the other way: what would make AWS-first win.
  const after = await flips.getByRole('listitem').first().textContent();
  assert.match(after, /^AWS-first would win if /);
  assert.notEqual(after, before);
  await assertClean(page);
});
