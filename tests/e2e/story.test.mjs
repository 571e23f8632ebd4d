// The story view: the answer first, then one chart at a time, full screen, stepped with a
// clicker's Page Down / Page Up, the arrow keys and space; a what-if slider on the answer
// moves the figures live without stepping the story.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { launch, newPage, openApp, assertClean } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';
import { smallestChartText } from './room-measures.mjs';

let browser;
before(async () => {
  browser = await launch();
});

after(async () => { await browser?.close(); });

test('the story steps through with the keyboard, answer first', async () => {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await openApp(page);
  await loadBoard(page, 6);
  await page.getByTestId('chart-tornado').locator('svg').waitFor();

  await page.getByRole('button', { name: 'Story' }).click();
  const story = page.getByRole('dialog', { name: /^1 of 7: The answer$/ });
  await story.waitFor();
  const verdict = await story.getByTestId('story-verdict').textContent();
  assert.match(verdict, /Azure-first|AWS-first|Multi-cloud/);
  assert.equal(await story.locator('.story-number').count(), 3, 'three headline numbers');
  assert.deepEqual(await axeViolations(page), [], 'axe-core on the answer');
  const planTco = () => story.locator('.story-number dd').first().textContent();
  const before = await planTco();

  // The what-if slider keeps its keys: the story does not step while it has focus.
  const slider = story.getByRole('slider', { name: /^What if: / });
  await slider.focus();
  await page.keyboard.press('End');
  await page.waitForFunction((b) => document.querySelector('.story-number dd')?.textContent !== b, before);
  assert.notEqual(await planTco(), before, 'the plan\'s figures follow the slider');
  await page.getByRole('dialog', { name: /^1 of 7/ }).waitFor();
  await page.keyboard.press('Home');
  await slider.blur();

  const heading = page.getByRole('dialog').getByRole('heading', { level: 2 });
  const steps = [
    ['PageDown', '2 of 7: TCO over time', 'story-chart-tco'],
    ['ArrowRight', '3 of 7: What moves the answer', 'story-chart-tornado'],
    [' ', '4 of 7: Where the money goes', 'story-chart-where-the-money-goes'],
    ['ArrowDown', '5 of 7: Governance burden', 'story-chart-governance'],
    ['PageUp', '4 of 7: Where the money goes', 'story-chart-where-the-money-goes'],
    ['End', '7 of 7: Timeline', 'story-chart-timeline'],
    ['PageDown', '7 of 7: Timeline', 'story-chart-timeline'],
    ['ArrowLeft', '6 of 7: Migration risk', 'story-chart-risk'],
  ];
  for (const [key, title, chart] of steps) {
    await page.keyboard.press(key);
    await page.getByRole('dialog', { name: title }).waitFor();
    assert.equal(await heading.textContent(), title);
    await page.getByTestId(chart).locator('svg').waitFor();
    // Measured in one step in the page: a chart redrawn as samples arrive replaces its SVG,
    // and a handle taken before the redraw would measure a detached element.
    const box = await page.getByTestId(chart).evaluate((el) => {
      const r = el.querySelector('svg')?.getBoundingClientRect();
      return r ? { width: r.width, height: r.height } : { width: 0, height: 0 };
    });
    assert.ok(box.height >= 1080 * 0.5 || box.width >= 1920 * 0.6, `${title}: the chart fills the screen (${Math.round(box.width)}x${Math.round(box.height)})`);
    assert.equal(await page.locator('.story-step .chart').count(), 1, 'one chart at a time');
  }
  assert.deepEqual(await axeViolations(page), [], 'axe-core on a chart step');
  const text = await smallestChartText(page, '.story-step');
  console.log(`[figure] story view at 1920x1080: smallest chart text ${text.size.toFixed(1)} px`);
  assert.ok(text.size >= 14);

  await page.keyboard.press('Home');
  await page.getByRole('dialog', { name: /^1 of 7/ }).waitFor();
  await page.keyboard.press('Escape');
  await story.waitFor({ state: 'detached' });
  await assertClean(page);
});
