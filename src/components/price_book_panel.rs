use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::assumptions::Assumptions;
use crate::engine::io::price_book::{self, csv};
use crate::state::{use_app_state, AppState};
use crate::web::{download, file_input, page, price_book_storage};

/// Puts the price book kept in this browser in force; called once before the first
/// evaluation, so the figures never flash the defaults first.
pub fn restore(state: AppState) {
    match price_book_storage::load() {
        price_book_storage::Loaded::Book(book) => state.price_book.set(Some(book)),
        price_book_storage::Loaded::Nothing => {}
        price_book_storage::Loaded::KeptAside { reason, kept_as } => state.notify(match kept_as {
            Some(key) => format!(
                "Your private price book could not be read ({reason}). It was kept aside in this browser's \
                 storage under \"{key}\"; the shipped defaults are used. Import the file again to use it."
            ),
            None => format!(
                "Your private price book could not be read ({reason}); the shipped defaults are used."
            ),
        }),
    }
}

/// The organisation's negotiated prices: import a CSV or LiteLLM file, see what it sets,
/// remove it. The book stays in this browser and never goes into links or files.
#[component]
pub fn PriceBookPanel() -> impl IntoView {
    let state = use_app_state();
    let report = RwSignal::new(None::<String>);
    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = file_input::picked_input(&ev) else {
            return;
        };
        spawn_local(async move {
            let picked = file_input::take_picked(input, price_book::MAX_FILE_BYTES, "a price book").await;
            let (name, text) = match picked {
                Ok(p) => p,
                Err(e) => {
                    state.notify(format!("The price book was not imported: {e}. Nothing changed."));
                    return;
                }
            };
            match price_book::import_text(&name, &text, &page::today()) {
                Ok(imported) => {
                    let summary = imported.report.summary();
                    if let Err(e) = price_book_storage::save(&imported.book) {
                        state.notify(format!("The price book is in force for this tab only: {e}."));
                    }
                    state.price_book.set(Some(imported.book));
                    state.announce(format!("Price book {name} imported. {summary}"));
                    report.set(Some(summary));
                }
                Err(e) => state.notify(format!("{name} was not imported: {e} Nothing changed.")),
            }
        });
    };
    let on_remove = move |_| {
        if let Err(e) = price_book_storage::remove() {
            state.notify(format!("The price book could not be removed from storage: {e}."));
        }
        state.price_book.set(None);
        report.set(None);
        state.announce("Price book removed: the shipped defaults are back in force.");
    };
    let on_template = move |_| {
        if let Err(e) = download::download_text(csv::TEMPLATE_FILE_NAME, "text/csv", &csv::template()) {
            state.notify(format!("Could not download the template: {e}."));
        }
    };
    let values = Memo::new(move |_| {
        state.price_book.with(|b| {
            b.as_ref().map_or_else(Vec::new, |b| {
                b.values
                    .iter()
                    .filter_map(|(id, v)| {
                        Assumptions::find(id).map(|a| {
                            (
                                a.label.clone(),
                                format!("{} {}", a.display_value(*v), a.unit),
                                a.id.clone(),
                            )
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <section class="panel price-book" aria-labelledby="price-book-title">
            <h2 id="price-book-title" class="panel-title">"Private price book"</h2>
            <p class="hint">
                "Your organisation's negotiated prices, from a CSV file or a LiteLLM price file \
                 (model_prices_and_context_window.json). They replace the shipped defaults for this browser; \
                 a value typed in the assumptions table still wins. The price book stays in this browser: \
                 it is never put into share links or exported files."
            </p>
            {move || state.price_book.with(|b| b.as_ref().map(|b| {
                let label = b.source_label();
                let count = values.with(Vec::len);
                view! {
                    <p class="price-book-active" data-testid="price-book-active">
                        <strong>{label}</strong>
                        {format!(" — sets {count} {}.", if count == 1 { "value" } else { "values" })}
                    </p>
                }
            }))}
            <div class="price-book-actions">
                <label class="small-button file-button">
                    "Import price book"
                    <input type="file" accept=".csv,.json,text/csv,application/json" class="visually-hidden"
                        on:change=on_import />
                </label>
                <button type="button" class="small-button" on:click=on_template>"Download CSV template"</button>
                <Show when=move || state.price_book.with(Option::is_some)>
                    <button type="button" class="small-button danger" on:click=on_remove>"Remove price book"</button>
                </Show>
            </div>
            <p class="price-book-report" role="status">{move || report.get()}</p>
            <ValuesTable values />
        </section>
    }
}

/// What the book sets, assumption by assumption, folded away until asked for.
#[component]
fn ValuesTable(values: Memo<Vec<(String, String, String)>>) -> impl IntoView {
    view! {
        <Show when=move || !values.with(Vec::is_empty)>
            <details class="price-book-values">
                <summary>"Values the price book sets"</summary>
                <table class="money-table">
                    <caption class="visually-hidden">"Values set by the private price book"</caption>
                    <thead><tr><th scope="col">"Assumption"</th><th scope="col" class="num">"Value"</th></tr></thead>
                    <tbody>
                        // Keyed by the assumption id and the value shown: a value the
                        // book changes is drawn afresh.
                        <For
                            each=move || values.get()
                            key=|(_, value, id)| (id.clone(), value.clone())
                            children=|(label, value, id)| view! {
                                <tr>
                                    <th scope="row">{label}<span class="assumption-id">{id}</span></th>
                                    <td class="num">{value}</td>
                                </tr>
                            }
                        />
                    </tbody>
                </table>
            </details>
        </Show>
    }
}

/// Next to Copy link and Export file while a price book is in force: it does not travel.
#[component]
pub fn PriceBookShareNote() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || state.price_book.with(Option::is_some)>
            <p class="share-note" data-testid="price-book-share-note">
                "Your private price book is not included in links or exported files."
            </p>
        </Show>
    }
}
