// No network needed after the first load: the service worker keeps the app's own files, so
// with the network gone a reload shows the board and the saved scenarios. The app is served
// under a sub-path with the strict CSP, as on an intranet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp, assertClean, zone, card, APP_URL } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';
import { saveAs, showLibrary, listNames } from './library-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the service worker controls the page and has stored the app. */
async function keptForOffline(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
  return page.evaluate(async () => {
    const cache = await caches.open('cloudsplit-app');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}

test('load, go offline, reload: the board and the saved scenario are there', async () => {
  const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
  await openApp(page);
  await loadBoard(page, 6);
  await saveAs(page, 'Offline workshop');
  const kept = await keptForOffline(page);
  const base = new URL(APP_URL).pathname;
  for (const file of ['', 'cloudsplit_bg.wasm', 'cloudsplit.js', 'boot.js', 'main.css', 'manifest.json']) {
    assert.ok(kept.includes(`${base}${file}`), `${base}${file} is kept (kept: ${kept.join(', ')})`);
  }
  assert.ok(kept.every((path) => path.startsWith(base)), 'only the app\'s own files');

  await page.context().setOffline(true);
  await page.reload();
  await zone(page, 'Azure').waitFor();
  await page.locator('[data-workload-id="6"]').waitFor();
  assert.equal(await page.locator('[data-workload-id]').count(), 6, 'the whole board');
  await showLibrary(page);
  assert.ok((await listNames(page)).includes('Offline workshop'), 'the saved scenario');

  // It still works offline: a card moves and the charts follow.
  await card(page, 'Workload 2').focus();
  await page.keyboard.press('1');
  await card(zone(page, 'Not placed'), 'Workload 2').waitFor();
  assert.ok(await page.getByTestId('chart-tco').locator('svg').count());
  await page.context().setOffline(false);
  await assertClean(page);
});

test('a changed file on the server: the new version is stored whole and a quiet notice says so', async () => {
  const page = await newPage(browser);
  await openApp(page);
  await keptForOffline(page);
  // The kept style sheet is made an older version of itself (another ETag), as if the server
  // had been updated since.
  const url = new URL('main.css', APP_URL).href;
  // (Same content, so the page's integrity check of the style sheet still passes.)
  await page.evaluate(async (u) => {
    const cache = await caches.open('cloudsplit-app');
    const kept = await cache.match(u);
    const headers = new Headers(kept.headers);
    headers.set('etag', '"older"');
    await cache.put(u, new Response(await kept.text(), { headers }));
  }, url);
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'A new version of cloudsplit is ready.' });
  await notice.waitFor();
  const etag = await page.evaluate(async (u) => (await (await caches.open('cloudsplit-app')).match(u)).headers.get('etag'), url);
  assert.ok(etag && etag !== '"older"', `the new version is kept (ETag ${etag})`);
  await notice.getByRole('button', { name: 'Reload to use it' }).click();
  await page.waitForLoadState('load');
  await zone(page, 'Azure').waitFor();
  assert.equal(await page.getByText('A new version of cloudsplit is ready.').count(), 0, 'nothing to say after the reload');
  await assertClean(page);
});

test('the app can be installed: a manifest with its icons, in the app\'s folder', async () => {
  const page = await newPage(browser);
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  assert.ok(href.startsWith(APP_URL), href);
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href);
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), sizes.join(', '));
  for (const icon of manifest.icons) {
    const status = await page.evaluate(async (url) => (await fetch(url)).status, new URL(icon.src, href).href);
    assert.equal(status, 200, icon.src);
  }
  await assertClean(page);
});
