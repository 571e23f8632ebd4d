// Registers the service worker (sw.js) that keeps the app's files for offline use, and marks
// the page when it says a new version is ready (the app shows a quiet notice). When IT has
// switched offline use off (sw.js removed, or `worker-src 'none'` in the CSP), it removes
// the worker and its cache instead.

const CACHE = 'cloudsplit-app';

// Listening from the start (this module is imported before the app loads), so the worker's
// word is not missed while the app is still starting; the app reads the mark when it mounts.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'cloudsplit:update-ready') {
      document.documentElement.dataset.updateReady = 'true';
      window.dispatchEvent(new Event('cloudsplit:update-ready'));
    }
  });
}

export async function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('./sw.js', { scope: './' });
  } catch (err) {
    if (await switchedOff(err)) await removeWorker();
  }
}

/** Registration failed because offline use is off, not because the network is away. */
async function switchedOff(err) {
  if (err?.name === 'SecurityError') return true;
  if (!navigator.onLine) return false;
  try {
    const answer = await fetch('./sw.js', { method: 'HEAD', cache: 'no-store' });
    return answer.status === 404 || answer.status === 410;
  } catch {
    return false;
  }
}

async function removeWorker() {
  const scope = new URL('./', document.baseURI).href;
  for (const registration of await navigator.serviceWorker.getRegistrations()) {
    if (registration.scope !== scope) continue;
    registration.active?.postMessage({ type: 'cloudsplit:switch-off' });
    await registration.unregister();
  }
  await caches.delete(CACHE);
}
