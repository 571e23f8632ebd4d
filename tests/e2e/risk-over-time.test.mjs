// Risk over time: a phased plan's risks say when they bite, in the plan's months, in the
// risks panel and in a chart of the plan's risk exposure by month with the moves marked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the phased preset says when each risk bites and charts the months', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('region', { name: 'Presets' })
    .getByRole('button', { name: /^Phased: agents to AWS when Frontier arrives/ }).click();
  await card(zone(page, 'Azure'), 'Returns-handling agent team').waitFor();

  // The plan starts 2026-06; Frontier reaches AWS in 2026-09, and the agents move then.
  const risks = page.getByRole('region', { name: 'Top risks' });
  await risks.getByText(/^When: /).first().waitFor();
  await page.waitForFunction(() => document.querySelector('.risks')?.textContent.includes('at the move in 2026-09'));
  const text = await risks.textContent();
  assert.match(text, /When: (at the moves? in \d{4}-\d{2}|throughout)/);
  assert.match(text, /throughout/);

  const figure = page.getByRole('figure', { name: 'Risk over time' });
  const chart = figure.getByRole('img', { name: /risk exposure by month/ });
  await chart.waitFor();
  assert.match(await chart.getAttribute('aria-label'), /moves in 2026-09/);
  assert.match(await chart.innerHTML(), /Move 2026-09/);
  await assertClean(page);
});
