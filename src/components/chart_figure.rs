use leptos::prelude::*;

use crate::engine::model::text::capitalise;

use crate::charts::ChartError;
use crate::state::use_app_state;
use crate::web::{dom, download};

/// A chart as the room sees it: a title, the SVG (an image with a text description for
/// screen readers), a table of its numbers, and downloads.
#[component]
pub fn ChartFigure(
    /// Short id used for DOM ids and file names.
    slug: &'static str,
    title: &'static str,
    #[prop(into)] svg: Signal<Result<String, ChartError>>,
    #[prop(into)] description: Signal<String>,
    /// `(label, swatch class)` pairs, drawn as an HTML legend under the chart.
    #[prop(into)]
    legend: Signal<Vec<(&'static str, &'static str)>>,
    /// A sentence under the chart, e.g. what it says in words.
    #[prop(optional, into)]
    note: Option<Signal<String>>,
    /// The table view of the chart's numbers.
    children: ChildrenFn,
    /// Shown in the story view, beside the charts panel: its ids and test ids are its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let state = use_app_state();
    let prefix = if story { "story-" } else { "" };
    let title_id = format!("{prefix}chart-{slug}-title");
    let (table_open, set_table_open) = signal(false);
    let labelled_by = title_id.clone();
    let on_svg = move |_| {
        if let Ok(s) = svg.get_untracked() {
            if let Err(e) = download::download_text(&format!("cloudsplit-{slug}.svg"), "image/svg+xml", &s) {
                state.notify(format!("Could not download the chart: {e}."));
            }
        }
    };
    let on_png = move |_| {
        if let Ok(s) = svg.get_untracked() {
            let (w, h) = svg_size(&s);
            download::download_png(&format!("cloudsplit-{slug}.png"), &s, w, h, 2.0, move |e| {
                state.notify(format!("Could not make the PNG: {e}."))
            });
        }
    };
    view! {
        <figure class="chart" aria-labelledby=labelled_by>
            <figcaption class="chart-head">
                <h3 id=title_id>{title}</h3>
                <span class="chart-actions">
                    <button type="button" class="small-button" disabled=move || svg.with(Result::is_err) on:click=on_svg
                        aria-label=format!("Download {title} as SVG")>"SVG"</button>
                    <button type="button" class="small-button" disabled=move || svg.with(Result::is_err) on:click=on_png
                        aria-label=format!("Download {title} as PNG")>"PNG"</button>
                </span>
            </figcaption>
            // One stable element whose content is replaced, so a redraw is one DOM change.
            <div
                class="chart-svg"
                class:chart-hidden=move || svg.with(Result::is_err)
                role="img"
                data-testid=format!("{prefix}chart-{slug}")
                aria-label=move || description.get()
                inner_html=move || svg.with(|r| r.as_ref().ok().cloned().unwrap_or_default())
            ></div>
            {move || svg.with(|r| r.as_ref().err().map(|e| view! {
                <p class="chart-empty">{capitalise(&e.to_string())}"."</p>
            }))}
            <ul class="legend" aria-hidden="true">
                {move || legend.get().into_iter().map(|(label, class)| view! {
                    <li><span class=format!("swatch {class}")></span>{label}</li>
                }).collect_view()}
            </ul>
            {note.map(|n| view! {
                <p class="chart-note" data-testid=format!("{prefix}chart-{slug}-note")>{move || n.get()}</p>
            })}
            // The table is built only while open: kept live but hidden, it doubled the DOM
            // work of every redraw.
            <details class="chart-table" on:toggle=move |e| set_table_open.set(dom::details_open(&e))>
                <summary>{format!("{title} as a table")}</summary>
                <Show when=move || table_open.get()>{children()}</Show>
            </details>
        </figure>
    }
}

/// Width and height from the SVG's root element (plotters writes them as attributes).
fn svg_size(svg: &str) -> (u32, u32) {
    let attr = |name: &str| -> Option<u32> {
        let head = &svg[..svg.find('>')?];
        let at = head.find(&format!(" {name}=\""))? + name.len() + 3;
        head[at..].split('"').next()?.parse().ok()
    };
    (attr("width").unwrap_or(760), attr("height").unwrap_or(340))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_size_of_a_plotters_svg() {
        let svg =
            r#"<svg width="760" height="298" viewBox="0 0 760 298" xmlns="http://www.w3.org/2000/svg">"#;
        assert_eq!(super::svg_size(svg), (760, 298));
        assert_eq!(super::svg_size("garbage"), (760, 340));
    }
}
