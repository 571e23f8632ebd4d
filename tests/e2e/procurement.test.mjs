// The procurement lead's and the CFO's levers on the page: each strategy in today's money, the
// payback against staying where each workload runs today, and a commitment's term, discount and
// shortfall in the organisation settings, refused in place when they make no sense.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean } from './harness.mjs';
import { libraryWith } from './scenario-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A chatbot that runs on Azure today, with its data there, which the plan moves to AWS. */
function movedChatbot() {
  return {
    format: 'cloudsplit-scenario', version: 1,
    scenario: {
      name: 'Moving the chatbot', start: { year: 2027, month: 1 }, horizon_years: 3,
      org: { native_cloud: 'Azure', governance: 'Centralised', azure_discount_percent: 0,
        aws_discount_percent: 0, azure_contract: false, aws_contract: false },
      workloads: [{
        id: 1, name: 'Support chatbot', kind: 'SupportChatbot', model: 'Gpt41Mini',
        monthly_volume: 2_000_000, tokens_in: 1500, tokens_out: 400, steps_per_session: 1,
        agent_hours_per_session: 0, data_location: 'Azure', data_gb: 50, runs_today: 'Azure',
        residency: 'Any', compliance: [], criticality: 'Medium', placement: 'Aws',
      }],
      overrides: {},
    },
  };
}

async function loadScenario(page, file) {
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.evaluate((json) => localStorage.setItem('cloudsplit.library', json), JSON.stringify(libraryWith(file)));
  await page.reload();
  await page.locator('[data-workload-id="1"]').waitFor();
}

const dollars = (text) => Number(text.replace(/[^0-9.]/g, '')) * (/M\b/.test(text) ? 1e6 : 1);

test('the headline gives each strategy in today\'s money and the payback against staying as today', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await loadScenario(page, movedChatbot());
  const money = page.getByTestId('money-over-time');
  await money.getByText(/^At a discount rate of 8% a year, your plan's 3 years cost \$/).waitFor();
  const text = await money.textContent();
  assert.match(text, /Against staying where each workload runs today \(\$[\d,.]+M?\), your plan (pays back in month \d+ \(20\d\d-\d\d\)|does not pay back within the plan|costs less from the first month)/);
  const nominal = dollars(await page.getByTestId('plan-tco').textContent());
  const today = dollars((await page.getByTestId('plan-present-value').textContent()).replace(" in today's money", ''));
  assert.ok(today > 0 && today < nominal, `${today} in today's money against ${nominal} as paid`);
  await assertClean(page);
});

test('a commitment the plan does not use up is paid and told; a nonsense term or discount is refused in place', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await loadScenario(page, movedChatbot());
  const tco = page.getByTestId('plan-tco');
  const before = dollars(await tco.textContent());

  await page.getByRole('checkbox', { name: 'Existing AWS commitment (EA / EDP)' }).check();
  await page.getByRole('textbox', { name: 'AWS commitment a year (0 = not stated)' }).fill('5000000');
  await page.getByText(/The AWS commitment: bills on AWS stay below it, so \$[\d.,]+M? of committed spend is paid unused\./).first().waitFor();
  await page.waitForFunction((b) => {
    const t = document.querySelector('[data-testid="plan-tco"]')?.textContent ?? '';
    return Number(t.replace(/[^0-9.]/g, '')) * (/M/.test(t) ? 1e6 : 1) > b;
  }, before);

  const term = page.getByRole('textbox', { name: 'AWS commitment term (years before its end, 0 = not stated)' });
  await term.fill('3');
  await term.fill('40');
  assert.equal(await term.getAttribute('aria-invalid'), 'true');
  await page.getByText(/Commitment term \(years\) must be at most 10/).waitFor();
  const discount = page.getByRole('textbox', { name: 'Discount under the AWS commitment (empty = the discount off list)' });
  await discount.fill('150');
  assert.equal(await discount.getAttribute('aria-invalid'), 'true');
  await discount.fill('12');
  assert.equal(await discount.getAttribute('aria-invalid'), 'false');

  // What was valid is what was saved: a term of 3 years and a 12% discount.
  await page.waitForFunction(() => {
    const doc = localStorage.getItem('cloudsplit.library') ?? '';
    return doc.includes('"term_years":3') && doc.includes('"discount_percent":12');
  });
  await assertClean(page);
});
