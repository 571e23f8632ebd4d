//! Copying text to the clipboard (allowed on https and on 127.0.0.1).

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; the error says why in plain words.
pub async fn copy(text: String) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or("no browser window")?;
    JsFuture::from(clipboard.write_text(&text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying; select the link and copy it by hand".to_owned())
}
