//! Reading a file the user picked, as text.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The name and text of the first file picked in an `<input type="file">`.
/// Files over `max_bytes` are refused before they are read.
pub async fn read_picked(
    input: web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<(String, String), String> {
    read_picked_as(input, max_bytes, "a cloudsplit scenario").await
}

/// [`read_picked`], naming `what` the file should be when it is too large.
pub async fn read_picked_as(
    input: web_sys::HtmlInputElement,
    max_bytes: usize,
    what: &str,
) -> Result<(String, String), String> {
    let file = input.files().and_then(|f| f.get(0)).ok_or("no file was picked")?;
    let name = file.name();
    if file.size() > max_bytes as f64 {
        return Err(format!(
            "{name} is {:.0} KB, larger than {what} can be",
            file.size() / 1024.0
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("{name} could not be read"))?;
    let text = text
        .dyn_into::<js_sys::JsString>()
        .map_err(|_| format!("{name} is not a text file"))?;
    Ok((name, String::from(text)))
}

/// The `<input type="file">` a change event came from.
pub fn picked_input(ev: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// [`read_picked_as`], then clears the input so the same file can be picked again.
pub async fn take_picked(
    input: web_sys::HtmlInputElement,
    max_bytes: usize,
    what: &str,
) -> Result<(String, String), String> {
    let picked = read_picked_as(input.clone(), max_bytes, what).await;
    input.set_value("");
    picked
}
