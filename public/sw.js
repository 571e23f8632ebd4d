// cloudsplit's service worker: keeps the app's own files (nothing else) so the page reloads
// and works without a network. It is scoped to the folder the app is served from.
//
// Files are served from the cache first, so a reload works offline and the app never mixes
// files of two versions. On every visit it asks the server, in the background, whether the
// app's files changed (cheap conditional requests); if they did, it stores the whole new
// version at once and tells the page, which says quietly that a new version is ready. The
// next load uses it.
//
// Switch it off: see README, "For IT: offline use". boot.js unregisters this worker and
// deletes its cache when sw.js is gone or the CSP forbids workers.

const CACHE = 'cloudsplit-app';
// The app itself. Trunk writes these names without hashes (Trunk.toml: filehash = false).
const CORE = [
  './', 'boot.js', 'offline.js', 'cloudsplit.js', 'cloudsplit_bg.wasm', 'main.css', 'workshop.css', 'presentation.css',
  'print.css', 'icon.svg', 'icon-192.png', 'icon-512.png', 'manifest.json',
];
const scope = new URL(self.registration.scope);
const coreUrls = CORE.map((path) => new URL(path, scope).href);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(coreUrls.map((url) => new Request(url, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// Offline use switched off (offline.js says so before unregistering this worker): keep
// nothing more, so a check still under way cannot bring the cache back.
let off = false;
self.addEventListener('message', (event) => {
  if (event.data?.type === 'cloudsplit:switch-off') {
    off = true;
    event.waitUntil(caches.delete(CACHE));
  }
});

/** Requests this worker answers: reading the app's own files, under its folder. */
function ours(request) {
  return request.method === 'GET' && request.url.startsWith(scope.href);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!ours(request)) return;
  const navigation = request.mode === 'navigate';
  const core = navigation || coreUrls.includes(request.url);
  event.respondWith(core ? fromCache(request, navigation) : fromNetwork(request));
  if (navigation) event.waitUntil(checkForUpdate());
});

/** The app's own files: the cached copy (the page itself for any address in the folder,
 *  whatever its query), else the network. */
async function fromCache(request, navigation) {
  const cache = await caches.open(CACHE);
  const key = navigation ? new URL('./', scope).href : request;
  const cached = await cache.match(key, { ignoreSearch: navigation });
  return cached ?? fetch(request);
}

/** Other files in the folder (the presets, which IT may change without a new version): the
 *  network first, so they are current; a copy is kept for when there is no network. */
async function fromNetwork(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !off) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw offline;
  }
}

/** What identifies a version of a file, as the server describes it. The page's security
 *  policy counts too: an administrator who changes it (to switch this worker off, say) must
 *  not be outlived by a kept copy with the old one. */
function fingerprint(response) {
  const h = response.headers;
  return ['etag', 'last-modified', 'content-length', 'content-security-policy'].map((n) => h.get(n)).join('|');
}

let checking = null;
/** Fetches the app's files again; if any changed, keeps the new set whole and tells the pages. */
function checkForUpdate() {
  checking ??= (async () => {
    try {
      const cache = await caches.open(CACHE);
      const fresh = await Promise.all(coreUrls.map((url) => fetch(url, { cache: 'no-cache' })));
      if (!fresh.every((r) => r.ok)) return;
      const old = await Promise.all(coreUrls.map((url) => cache.match(url)));
      const changed = fresh.some((r, i) => !old[i] || fingerprint(r) !== fingerprint(old[i]));
      if (!changed || off) return;
      await Promise.all(fresh.map((r, i) => cache.put(coreUrls[i], r)));
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        client.postMessage({ type: 'cloudsplit:update-ready' });
      }
    } catch {
      // Offline or the server is away: the cached version stays, nothing to say.
    } finally {
      checking = null;
    }
  })();
  return checking;
}
