//! Persistent storage: asks the browser not to clear this site's storage on its own
//! (`navigator.storage.persist()`), and whether it agreed. Not every browser supports it.

use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no `navigator.storage`; web-sys would hand back `undefined`.
    let has = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
    has.then(|| navigator.storage())
}

/// Whether storage is persistent; `None` where the browser cannot say.
pub async fn is_persisted() -> Option<bool> {
    let promise = manager()?.persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks for persistent storage; the browser may grant it silently, ask, or refuse.
pub async fn request() -> Option<bool> {
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
