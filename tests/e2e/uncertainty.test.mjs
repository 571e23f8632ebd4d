// Uncertainty: a range edited in the assumptions table moves the band, the headline and the
// tornado; a shared link reproduces them exactly; and 10,000 samples of a 100-workload board
// are timed in the browser (printed, not asserted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, mouseDrag } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FTE_HIGH = 'High end of the range for Least extra headcount when a second cloud is in use';
const headline = (page) => page.getByTestId('uncertainty-headline');
const tcoNote = (page) => page.getByTestId('chart-tco-note');
const tornadoNote = (page) => page.getByTestId('chart-tornado-note');
const tcoDescription = (page) =>
  page.getByRole('figure', { name: 'TCO over time' }).getByTestId('chart-tco').getAttribute('aria-label');

/** Waits for the band of the scenario on screen to be complete. */
async function bandComplete(page) {
  await page.waitForFunction(() => {
    const note = document.querySelector('[data-testid="chart-tco-note"]')?.textContent ?? '';
    return note.includes('medians of 10,000 sampled outcomes');
  });
}

/** What the page says about the band: the headline, the tornado's words, the chart's description. */
async function bandText(page) {
  await bandComplete(page);
  return {
    headline: await headline(page).textContent(),
    tornado: await tornadoNote(page).textContent(),
    chart: await tcoDescription(page),
  };
}

async function twoClouds(page) {
  await openApp(page);
  await mouseDrag(page, page.getByRole('button', { name: 'Add Customer-support chatbot' }), zone(page, 'Azure'));
  await card(zone(page, 'Azure'), 'Customer-support chatbot').waitFor();
  await mouseDrag(page, page.getByRole('button', { name: 'Add Frontier agent team' }), zone(page, 'AWS'));
  await card(zone(page, 'AWS'), 'Frontier agent team').waitFor();
}

async function openAssumptions(page, search) {
  const panel = page.locator('details.assumptions');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  await page.getByRole('searchbox', { name: 'Find' }).fill(search);
}

test('a range edited in the table moves the band, the headline and the tornado; a shared link reproduces them', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await twoClouds(page);
  const before = await bandText(page);
  assert.match(before.headline, /^(All on Azure|All on AWS|Split by rule|Your plan) .*outcomes/);
  assert.match(before.headline, /your plan's 3-year cost is between \$[\d,.]+[MB]? and \$[\d,.]+[MB]? in 80% of outcomes/);
  assert.match(before.chart, /Drawn from 10,000 sampled outcomes: your plan's band runs from/);
  assert.match(before.tornado, /^What moves your plan's 3-year cost most: .+, .+ and .+\.$/);

  // Nobody knows how many people even a small second cloud takes: anywhere up to twenty.
  await openAssumptions(page, 'multicloud');
  await page.getByRole('textbox', { name: FTE_HIGH }).fill('20');
  await page.waitForFunction((old) => {
    const text = document.querySelector('[data-testid="uncertainty-headline"]')?.textContent;
    return text && text !== old;
  }, before.headline);
  const edited = await bandText(page);
  assert.notEqual(edited.chart, before.chart);
  assert.match(
    edited.tornado,
    /^What moves your plan's 3-year cost most: Least extra headcount when a second cloud is in use \(0\.1 to 20 FTE: \$[\d,.]+[MB]? to \$[\d,.]+[MB]?\), .+ and .+\.$/,
  );
  assert.equal(await page.getByRole('button', { name: 'Reset range to 0.1 to 0.5' }).count(), 1);

  // The link carries the range; the band it opens is the same, and so after a reload.
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(link, /#s=5[A-Za-z0-9_-]+$/);
  const other = await newPage(browser);
  await other.goto(link);
  await card(zone(other, 'AWS'), 'Frontier agent team').waitFor();
  assert.deepEqual(await bandText(other), edited, 'the shared link shows the same band');
  await other.reload();
  await card(zone(other, 'AWS'), 'Frontier agent team').waitFor();
  assert.deepEqual(await bandText(other), edited, 'and so does a reload of it');
  await openAssumptions(other, 'multicloud');
  assert.equal(await other.getByRole('textbox', { name: FTE_HIGH }).inputValue(), '20');

  // Reset: back to the sources' range and the first band.
  await page.getByRole('button', { name: 'Reset range to 0.1 to 0.5' }).click();
  await page.waitForFunction((old) => document.querySelector('[data-testid="uncertainty-headline"]')?.textContent === old, before.headline);
  assert.deepEqual(await bandText(page), before);
  await assertClean(page);
  await assertClean(other);
});

test('beside the tornado, the answer names the weakly sourced assumptions it rests on', async () => {
  const page = await newPage(browser);
  await twoClouds(page);
  await bandComplete(page);
  const panel = page.getByRole('region', { name: 'What this answer rests on' });
  await panel.getByRole('listitem').first().waitFor();
  assert.match(
    await panel.textContent(),
    /Your plan costs \$[\d,.]+[MB]? (more|less) than (All on Azure|All on AWS|Split by rule) over the horizon\. That answer rests most on these 3 weakly sourced assumptions; check them:/,
  );
  const items = await panel.getByRole('listitem').allTextContents();
  assert.equal(items.length, 3);
  for (const item of items) {
    assert.match(item, /, (a stated rationale|confidence C)\): your plan would cost \$[\d,.]+[MB]? (more|less) to \$[\d,.]+[MB]? (more|less) than /);
  }
  // A user who trusts one of them more narrows its range: the list follows.
  const first = items[0].match(/^(.*) \(-?[\d,.]+ to /)[1];
  await openAssumptions(page, first);
  const row = page.getByRole('textbox', { name: `High end of the range for ${first}`, exact: true });
  const lowBox = page.getByRole('textbox', { name: `Low end of the range for ${first}`, exact: true });
  await row.fill(await lowBox.inputValue());
  await page.waitForFunction(
    (name) => ![...document.querySelectorAll('.answer-reliance li')].some((li) => li.textContent.startsWith(name + ' (')),
    first,
  );
  await assertClean(page);
});

test('a range that cannot be is refused in words and the last band stays', async () => {
  const page = await newPage(browser);
  await twoClouds(page);
  const before = await bandText(page);
  await openAssumptions(page, 'multicloud');
  const high = page.getByRole('textbox', { name: FTE_HIGH });
  const low = page.getByRole('textbox', { name: 'Low end of the range for Least extra headcount when a second cloud is in use' });
  await low.fill('3');
  assert.equal(await low.getAttribute('aria-invalid'), 'true');
  const message = await page.locator('#' + (await low.getAttribute('aria-describedby'))).textContent();
  assert.match(message, /the low end of the range \(3\) is above the high end \(0\.5\)/);
  await high.fill('lots');
  assert.match(await page.locator('#' + (await high.getAttribute('aria-describedby'))).textContent(), /high end of the range must be a number/);
  assert.deepEqual(await bandText(page), before, 'nothing changed');
  await high.fill('4');
  assert.equal(await low.getAttribute('aria-invalid'), 'false');
  await page.waitForFunction((old) => document.querySelector('[data-testid="uncertainty-headline"]')?.textContent !== old, before.headline);
  await assertClean(page);
});

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

test('figures: 10,000 samples of a 100-workload board over 36 months, while the page stays responsive', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await loadBoard(page, 100);
  await bandComplete(page);
  await openAssumptions(page, 'growth.volume-per-month');
  // From here on: only the edits below and the sampling they start.
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'longtask' });
    document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);
  });
  const input = page.getByRole('textbox', { name: 'High end of the range for Volume growth', exact: true });
  const first = [];
  const complete = [];
  const frames = [];
  for (const high of ['5.5', '6', '6.5', '7', '7.5', '8', '8.5', '9']) {
    const startedBefore = await page.evaluate(() => performance.getEntriesByName('cloudsplit:band-complete').length);
    await input.fill(high);
    await page.waitForFunction((n) => performance.getEntriesByName('cloudsplit:band-complete').length > n, startedBefore);
    const t = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
      return { first: at('cloudsplit:band-first') - window.__lastInput, complete: at('cloudsplit:band-complete') - window.__lastInput };
    });
    first.push(t.first);
    complete.push(t.complete);
    // While a band refines, frames keep coming: the gap between animation frames.
    await input.fill(String(Number(high) + 0.25));
    frames.push(await page.evaluate(() => new Promise((resolve) => {
      let last = performance.now();
      let worst = 0;
      const started = last;
      const tick = (now) => {
        worst = Math.max(worst, now - last);
        last = now;
        if (now - started < 300) requestAnimationFrame(tick); else resolve(worst);
      };
      requestAnimationFrame(tick);
    })));
    await page.waitForFunction((n) => performance.getEntriesByName('cloudsplit:band-complete').length > n + 1, startedBefore);
  }
  const longTasks = await page.evaluate(() => window.__longTasks);
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(`[figure] uncertainty, 100 workloads x 36 months: input -> first band p50 ${ms(percentile(first, 50))}, max ${ms(Math.max(...first))}; input -> 10,000 samples p50 ${ms(percentile(complete, 50))}, max ${ms(Math.max(...complete))} (${first.length} edits)`);
  console.log(`[figure] uncertainty, while sampling: longest gap between frames ${ms(Math.max(...frames))} (p50 ${ms(percentile(frames, 50))}); long tasks (>50 ms): ${longTasks.length}${longTasks.length ? `, longest ${ms(Math.max(...longTasks))}` : ''}`);
  await assertClean(page);
});
