// The first paint: on a slow link the WASM takes seconds to arrive, and until then the page
// shows the app's header (its name and the question it answers) and says it is loading, from
// index.html alone. Once the app starts, the page has one header and no loading line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, assertClean, APP_URL } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const question = 'Azure, AWS or both: where should your OpenAI workloads run?';

test('while the app loads, the page shows its header and says it is loading; then the app takes over', async () => {
  const page = await newPage(browser);
  // The WASM is held back until the page has been checked, as a slow link would hold it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/cloudsplit_bg.wasm', async (route) => { await held; await route.continue(); });
  // Not until `load`: the page preloads the held WASM.
  await page.goto(APP_URL, { waitUntil: 'domcontentloaded' });

  const heading = page.getByRole('heading', { name: 'cloudsplit', level: 1 });
  try {
    await heading.waitFor();
    assert.ok(await page.getByText(question).isVisible(), 'the question under the name');
    assert.equal(await page.getByRole('status').filter({ hasText: 'Loading cloudsplit' }).count(), 1);
    assert.equal(await page.getByRole('region', { name: 'Azure', exact: true }).count(), 0, 'no board yet');
  } finally {
    release();
  }
  await page.getByRole('region', { name: 'Azure', exact: true }).waitFor();
  assert.equal(await heading.count(), 1, 'one header once the app runs');
  assert.equal(await page.getByText(question).count(), 1);
  assert.equal(await page.getByText('Loading cloudsplit').count(), 0, 'no loading line');
  await assertClean(page);
});
