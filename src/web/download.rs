//! Files the user downloads (SVG, PNG, CSV, JSON), made in the browser from data we hold:
//! a Blob, an object URL and a temporary link. Nothing is sent anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn save_blob(blob: &web_sys::Blob, filename: &str) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| "the browser refused the file")?;
    let result = (|| {
        let doc = document().ok_or("no document")?;
        let a: web_sys::HtmlAnchorElement = doc
            .create_element("a")
            .map_err(|_| "no link")?
            .dyn_into()
            .map_err(|_| "no link")?;
        a.set_href(&url);
        a.set_download(filename);
        a.click();
        Ok::<(), &str>(())
    })();
    // Some browsers read the URL after click() returns; free it a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    result.map_err(str::to_owned)
}

/// Saves text as a file with the given MIME type.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys_array(text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file".to_owned())?;
    save_blob(&blob, filename)
}

fn js_sys_array(text: &str) -> JsValue {
    let array = js_sys::Array::new();
    array.push(&JsValue::from_str(text));
    array.into()
}

/// Renders an SVG string to a PNG at `scale` x its size and saves it. Asynchronous: the
/// image must load before it can be drawn; failures are reported through `on_error`.
pub fn download_png(
    filename: &str,
    svg: &str,
    width: u32,
    height: u32,
    scale: f64,
    on_error: impl Fn(String) + 'static,
) {
    let report: std::rc::Rc<dyn Fn(String)> = std::rc::Rc::new(on_error);
    let run = || -> Result<(), String> {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys_array(svg), &options)
            .map_err(|_| "the browser could not read the chart")?;
        let url =
            web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "the browser refused the chart")?;
        let img = web_sys::HtmlImageElement::new().map_err(|_| "no image support")?;
        let name = filename.to_owned();
        let img_for_load = img.clone();
        let url_for_load = url.clone();
        let onload = Closure::once(move || {
            let _ = (|| -> Option<()> {
                let doc = document()?;
                let canvas: web_sys::HtmlCanvasElement =
                    doc.create_element("canvas").ok()?.dyn_into().ok()?;
                canvas.set_width((f64::from(width) * scale) as u32);
                canvas.set_height((f64::from(height) * scale) as u32);
                let ctx: web_sys::CanvasRenderingContext2d =
                    canvas.get_context("2d").ok()??.dyn_into().ok()?;
                ctx.set_fill_style_str("#ffffff");
                ctx.fill_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
                ctx.scale(scale, scale).ok()?;
                ctx.draw_image_with_html_image_element(&img_for_load, 0.0, 0.0)
                    .ok()?;
                let save = Closure::once(move |blob: Option<web_sys::Blob>| {
                    if let Some(blob) = blob {
                        let _ = save_blob(&blob, &name);
                    }
                });
                canvas.to_blob(save.as_ref().unchecked_ref()).ok()?;
                save.forget();
                Some(())
            })();
            let _ = web_sys::Url::revoke_object_url(&url_for_load);
        });
        img.set_onload(Some(onload.as_ref().unchecked_ref()));
        onload.forget();
        let url_for_error = url.clone();
        let report_load = report.clone();
        let onerror = Closure::once(move || {
            let _ = web_sys::Url::revoke_object_url(&url_for_error);
            report_load("the browser could not draw the chart as an image".to_owned());
        });
        img.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        onerror.forget();
        img.set_src(&url);
        Ok(())
    };
    if let Err(e) = run() {
        report(e);
    }
}
