// Provisioned throughput (issue #18): the workload inspector's Capacity section sets a workload
// to Azure PTU or the cheaper of PTU and pay-as-you-go; the readout says how many units, how
// full they run and which is priced; counts the model cannot be reserved at are refused in
// place, the last valid value staying; the choice survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const capacitySelect = (page) => page.getByRole('combobox', { name: 'Capacity', exact: true });
const readout = (page) => page.getByRole('status', { name: 'Capacity readout' });
const unitsField = (page) => page.getByRole('textbox', { name: 'PTU count (empty = sized to the peak)' });
const peakField = (page) => page.getByRole('textbox', { name: /^Peak traffic over average \(empty = / });
const headlineTotal = (page) => page.getByTestId('plan-tco');
const savedWith = (page, text) => page.waitForFunction(
  (t) => (localStorage.getItem('cloudsplit.library') ?? '').includes(t), text);

/** A gpt-4.1 chatbot on Azure at 50M requests a month, 1,000 tokens in and 250 out. */
async function placeBusyChatbot(page) {
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-support chatbot' }), zone(page, 'Azure'));
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('gpt-4.1');
  await page.getByRole('textbox', { name: 'Requests per month' }).fill('50,000,000');
  await page.getByRole('textbox', { name: 'Tokens in per request' }).fill('1000');
  await page.getByRole('textbox', { name: 'Tokens out per request' }).fill('250');
}

/** The PTU count the readout names ("1,525 PTU (Global, ..."). */
async function readoutUnits(page) {
  const text = await readout(page).textContent();
  const m = text.match(/^([\d,]+) PTU \(/);
  assert.ok(m, `the readout names a PTU count: ${text}`);
  return m[1];
}

test('a busy workload on Azure set to provisioned throughput: readout, refusals in place, cheaper of the two, reload', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeBusyChatbot(page);
  assert.equal(await capacitySelect(page).inputValue(), 'payg');
  // Pay-as-you-go: no PTU fields.
  assert.equal(await unitsField(page).count(), 0);
  const payg = await headlineTotal(page).textContent();

  await capacitySelect(page).selectOption({ label: 'Provisioned throughput (PTU)' });
  await readout(page).getByText(/^[\d,]+ PTU \(/).waitFor();
  const text = await readout(page).textContent();
  assert.match(text, /^[\d,]+ PTU \((Global|Data Zone), 1-month reservation\), (\d+%|under 1%) used; /);
  assert.match(text, /Provisioned \$[\d,.]+[MB]? a month against \$[\d,.]+[MB]? pay-as-you-go: provisioned is priced/);
  assert.match(text, /Provisioned (pays off above [\d.,]+[kMB]? tokens a day|does not pay off at this traffic shape for this model)\./);
  await page.waitForFunction((before) =>
    document.querySelector('[data-testid="plan-tco"]')?.textContent !== before, payg);
  const provisioned = await headlineTotal(page).textContent();
  assert.notEqual(provisioned, payg, 'the headline total follows the capacity choice');
  for (const name of ['PTU deployment', 'Reservation']) {
    await page.getByRole('combobox', { name, exact: true }).waitFor();
  }
  const sized = await readoutUnits(page);

  // Below the model's minimum: refused in plain words, in place; the sized count stays.
  await unitsField(page).fill('10');
  await page.getByText(/gpt-4\.1 needs at least 15 PTU on a (Global|Data Zone) deployment \(you entered 10\)\./).waitFor();
  assert.equal(await unitsField(page).getAttribute('aria-invalid'), 'true');
  assert.equal(await unitsField(page).inputValue(), '10', 'what was typed stays to be corrected');
  assert.equal(await readoutUnits(page), sized, 'the last valid value stays in force');
  assert.equal(await headlineTotal(page).textContent(), provisioned);
  // Between steps: says which to try.
  await unitsField(page).fill('17');
  await page.getByText(/reserved in steps of 5 PTU .*17 is not one \(try 20\)/).waitFor();
  // A valid count is taken; empty goes back to sizing to the peak.
  await unitsField(page).fill('100');
  await readout(page).getByText(/^100 PTU \(/).waitFor();
  assert.equal(await unitsField(page).getAttribute('aria-invalid'), 'false');
  await unitsField(page).fill('');
  await readout(page).getByText(new RegExp(`^${sized} PTU \\(`)).waitFor();
  // A peak below the average is refused, above the limit too.
  await peakField(page).fill('0.5');
  await page.getByText('Peak traffic over average must be at least 1 (got 0.5).').waitFor();
  await peakField(page).fill('80');
  await page.getByText('Peak traffic over average must be at most 50 (got 80).').waitFor();
  assert.equal(await readoutUnits(page), sized);

  const found = await axeViolations(page);
  assert.deepEqual(found, [], `the Capacity section with a message on screen:\n${found.join('\n')}`);
  await peakField(page).fill('2');

  // Cheaper of the two: the readout says which one is priced.
  await page.getByRole('combobox', { name: 'Reservation', exact: true }).selectOption({ label: '1-year reservation' });
  await readout(page).getByText(/1-year reservation/).waitFor();
  await capacitySelect(page).selectOption({ label: 'Cheaper of the two' });
  await readout(page).getByText(/(provisioned|pay-as-you-go) is cheaper, so (provisioned|pay-as-you-go) is priced\./).waitFor();
  const verdict = (await readout(page).textContent()).match(/(provisioned|pay-as-you-go) is cheaper, so (\S+) is priced/);
  assert.equal(verdict[1], verdict[2]);

  // Saved in the browser: after a reload the choice is still there.
  await savedWith(page, 'CheaperOfTheTwo');
  await page.reload();
  await card(zone(page, 'Azure'), 'Customer-support chatbot').click();
  assert.equal(await capacitySelect(page).inputValue(), 'cheaper');
  assert.equal(await page.getByRole('combobox', { name: 'Reservation', exact: true }).inputValue(), 'year');
  await readout(page).getByText(/is cheaper, so .* is priced\./).waitFor();
  await assertClean(page);
});

test('on AWS, or for a model Azure does not provision, the readout says it is priced pay-as-you-go', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await placeBusyChatbot(page);
  await capacitySelect(page).selectOption({ label: 'Provisioned throughput (PTU)' });
  await readout(page).getByText(/^[\d,]+ PTU \(/).waitFor();

  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('gpt-5-nano');
  await readout(page).getByText('Azure does not offer gpt-5-nano as provisioned throughput: it is priced pay-as-you-go.').waitFor();
  // A count cannot be entered for a model Azure does not provision.
  await unitsField(page).fill('50');
  await page.getByText('Azure does not offer provisioned throughput for gpt-5-nano.').waitFor();

  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('gpt-4.1');
  await page.getByRole('combobox', { name: 'Placed on', exact: true }).selectOption({ label: 'AWS' });
  await readout(page).getByText(/Bedrock publishes no provisioned throughput price or capacity for OpenAI models: gpt-4\.1 is priced pay-as-you-go on AWS/).waitFor();
  await assertClean(page);
});
