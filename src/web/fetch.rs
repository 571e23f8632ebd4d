//! Fetching a file served next to the app (the presets), by a relative URL so the app works
//! under any sub-path; the CSP's `connect-src 'self'` allows exactly this.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `url` (relative to the page). Refuses a response over `max_bytes`, by its
/// declared length before reading and by its actual length after.
pub async fn fetch_text(url: &str, max_bytes: usize) -> Result<String, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the server could not be reached".to_owned())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| "the server's answer could not be read".to_owned())?;
    if !response.ok() {
        return Err(match response.status() {
            404 => "it is not on the server".to_owned(),
            status => format!("the server answered {status}"),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > max_bytes) {
        return Err("it is larger than the app accepts".to_owned());
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| "its text could not be read".to_owned())?,
    )
    .await
    .map_err(|_| "its text could not be read".to_owned())?
    .as_string()
    .ok_or("it is not text")?;
    if text.len() > max_bytes {
        return Err("it is larger than the app accepts".to_owned());
    }
    Ok(text)
}
