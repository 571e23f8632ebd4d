// The workshop room: presentation mode read from the back row, at 1920x1080 and 3840x2160,
// with a shared scenario's banner showing. axe-core finds nothing, every visible control
// passes 4.5:1 by our own measurement (axe missed white-on-white buttons once), the smallest
// chart text on screen is at least 14 px (larger on the larger screen), and the tornado
// names its assumptions whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { launch, newPage, openApp, assertClean, zone } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';
import { controlContrasts, smallestChartText } from './room-measures.mjs';

let browser;
let link;
before(async () => {
  browser = await launch();
  // A shared link of a 6-workload board, made the way a user makes one.
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await loadBoard(page, 6);
  await page.getByRole('button', { name: 'Copy link' }).click();
  link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.context().close();
});
after(async () => { await browser?.close(); });

const smallest = {};
for (const [width, height] of [[1920, 1080], [3840, 2160]]) {
  test(`presentation mode reads from the back row at ${width}x${height}, shared banner showing`, async () => {
    const page = await newPage(browser, { viewport: { width, height } });
    await openApp(page);
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    await page.goto(link);
    const banner = page.getByRole('region', { name: 'Unsaved scenario' });
    await banner.getByRole('button', { name: 'Save to my scenarios' }).waitFor();
    await page.locator('[data-workload-id="6"]').waitFor();
    // The tornado appears once the outcomes are sampled.
    await page.getByTestId('chart-tornado').locator('svg').waitFor();
    await page.getByTestId('chart-tco').locator('svg polygon').waitFor();

    const found = await axeViolations(page);
    assert.deepEqual(found, [], 'axe-core: no WCAG 2.1 A/AA violation');

    const contrasts = await controlContrasts(page);
    const low = contrasts.filter((c) => c.ratio < 4.5);
    console.log(`[figure] ${width}x${height} presenting: ${contrasts.length} visible controls, lowest contrast ${Math.min(...contrasts.map((c) => c.ratio)).toFixed(2)}:1`);
    assert.ok(contrasts.length > 20, 'the check saw the controls');
    assert.ok(contrasts.some((c) => c.name === 'Save to my scenarios'), 'and the banner\'s buttons');
    assert.deepEqual(low, [], 'every visible control at 4.5:1 or more');

    const text = await smallestChartText(page);
    console.log(`[figure] ${width}x${height} presenting: smallest chart text ${text.size.toFixed(1)} px ("${text.text}" in ${text.chart}), ${text.count} texts`);
    assert.ok(text.count > 30, 'the measure saw the charts\' text');
    assert.ok(text.size >= 14, `chart text at least 14 px on screen (smallest ${text.size} px: "${text.text}")`);
    smallest[width] = text.size;
    if (smallest[1920] && width > 1920) assert.ok(text.size > smallest[1920], 'larger on the larger screen');

    // The tornado names each assumption whole, on as many lines as it needs.
    const names = await page.getByTestId('chart-tornado').locator('svg text').allTextContents();
    assert.ok(names.length > 5);
    assert.deepEqual(names.filter((t) => t.includes('…')), [], 'no name is cut');

    await banner.getByRole('button', { name: 'Back to my board' }).click();
    await banner.waitFor({ state: 'detached' });
    await zone(page, 'Azure').waitFor();
    await assertClean(page);
  });
}

test('outside presentation mode every visible control passes 4.5:1 too', async () => {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await openApp(page);
  await page.goto(link);
  await page.getByRole('region', { name: 'Unsaved scenario' }).waitFor();
  await page.locator('[data-workload-id="6"]').waitFor();
  const contrasts = await controlContrasts(page);
  const low = contrasts.filter((c) => c.ratio < 4.5);
  console.log(`[figure] 1920x1080 on screen: ${contrasts.length} visible controls, lowest contrast ${Math.min(...contrasts.map((c) => c.ratio)).toFixed(2)}:1`);
  assert.ok(contrasts.some((c) => c.name === 'Back to my board'));
  assert.deepEqual(low, []);
  await assertClean(page);
});
