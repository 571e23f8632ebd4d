// Loads the WebAssembly app. Kept as a file (not inline) so a strict CSP needs no exception.
import init from './cloudsplit.js';
import { keepOffline } from './offline.js';

const status = document.getElementById('boot-status');
try {
  performance.mark('cloudsplit:boot-start');
  await init({ module_or_path: new URL('./cloudsplit_bg.wasm', import.meta.url) });
  // init ran main, which mounted the app; this runs in the same task, before any frame, so
  // no frame shows both headers.
  document.getElementById('boot-header')?.remove();
  status?.remove();
} catch (err) {
  if (status) {
    status.textContent = 'cloudsplit could not start in this browser: ' + (err && err.message ? err.message : err);
    status.classList.add('boot-error');
  }
  throw err;
}
keepOffline();
