use leptos::html;
use leptos::prelude::*;

use super::record_table::{table_or, RecordTable, Table};
use super::{tables, Made, RecordChart};
use crate::engine::model::scenario::YearMonth;
use crate::engine::model::text::lowercase_first;
use crate::engine::report::decision_record::{AdviceRecord, DecisionRecord};
use crate::state::use_app_state;
use crate::web::{download, page};

#[component]
pub fn RecordDialog(made: Made, on_closed: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    // Opening as a modal dialog keeps focus inside and gives Escape for free.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let Made { record, charts } = made;
    view! {
        <dialog class="decision-record" node_ref=dialog aria-labelledby="record-title" on:close=move |_| on_closed()>
            <RecordToolbar dialog markdown=record.to_markdown() file_name=record.file_name() />
            <RecordArticle record charts />
        </dialog>
    }
}

#[component]
fn RecordToolbar(dialog: NodeRef<html::Dialog>, markdown: String, file_name: String) -> impl IntoView {
    let state = use_app_state();
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let on_markdown = move |_| {
        if let Err(e) = download::download_text(&file_name, "text/markdown", &markdown) {
            state.notify(format!("Could not download the record: {e}."));
        }
    };
    let on_print = move |_| {
        if let Err(e) = page::print() {
            state.notify(format!("Could not print: {e}."));
        }
    };
    view! {
        <div class="record-toolbar">
            <button type="button" class="record-button" on:click=on_print>"Print or save as PDF"</button>
            <button type="button" class="record-button" on:click=on_markdown>"Download Markdown"</button>
            <button type="button" class="record-button" on:click=close>"Close"</button>
        </div>
    }
}

#[component]
fn RecordArticle(record: DecisionRecord, charts: Vec<RecordChart>) -> impl IntoView {
    let r = record;
    view! {
        <article class="record">
            <RecordHeader title=r.title.clone() date=r.date.clone() start=r.start years=r.years price_book=r.price_book.clone() currency=r.currency_note() />
            <h2>"Placements"</h2>
            {table_or(tables::placements(&r), "No workloads on the board.", "")}
            <h2>"Headline figures"</h2>
            <RecordTable table=tables::headline(&r) testid="record-headline" />
            {r.versus_best.clone().map(|v| view! { <p class="record-versus">{v}</p> })}
            {r.money_over_time.clone().map(|v| view! { <p class="record-money">{v}</p> })}
            <h2>"Advice and red flags"</h2>
            <RecordAdvice advice=r.advice.clone() />
            {r.rests_on.clone().map(|(summary, items)| view! {
                <h2>"What this answer rests on"</h2>
                <p>{summary}</p>
                <ul>{items.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
            })}
            <h2>"Charts"</h2>
            <RecordCharts charts />
            <h2>"Figures behind the charts"</h2>
            <FiguresBehindCharts
                tco_by_year=tables::tco_by_year(&r)
                cost_by_component=tables::cost_by_component(&r)
                governance=tables::governance(&r)
                risks=tables::risks(&r)
            />
            <h2>"Assumptions changed from the defaults"</h2>
            {table_or(tables::assumptions(&r), "None: every assumption is at its shipped, sourced default.", "record-assumptions")}
            <p class="record-meta">{format!("Recorded on {}.", r.date)}</p>
        </article>
    }
}

/// The record's title, when and over what it was made, and a warning when confidential
/// prices are in it.
#[component]
fn RecordHeader(
    title: String,
    date: String,
    start: YearMonth,
    years: usize,
    price_book: Option<String>,
    /// Which currency the amounts are in, and at what rate.
    currency: String,
) -> impl IntoView {
    view! {
        <h1 id="record-title">{format!("Decision record: {}", title)}</h1>
        <p class="record-meta">
            {format!("Recorded on {} · plan from {} over {} {} · made with cloudsplit", date, start, years,
                if years == 1 { "year" } else { "years" })}
        </p>
        <p class="record-note">{currency}</p>
        {price_book.map(|b| view! {
            <p class="record-note">{format!("Prices include a {}. Its values are confidential negotiated prices: share this record accordingly.", lowercase_first(&b))}</p>
        })}
    }
}

#[component]
fn RecordAdvice(advice: Option<AdviceRecord>) -> impl IntoView {
    match advice {
        None => view! { <p>"No advice: the board is empty."</p> }.into_any(),
        Some(a) => view! {
            <p><strong>{a.verdict}</strong>{a.summary}</p>
            <h3>"Why"</h3>
            <ul>{a.reasons.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
            <h3>"What would change it"</h3>
            <ul>{a.flips.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
            <h3>"Red flags"</h3>
            {(a.red_flags.is_empty()).then_some(view! { <p>"None."</p> })}
            <ul class="red-flags">
                {a.red_flags.into_iter().map(|(k, m)| view! { <li><strong>{k}</strong>{format!(": {m}")}</li> }).collect_view()}
            </ul>
            {a.against_advice.map(|s| view! { <p>{format!("The plan against the advice: {s}")}</p> })}
        }.into_any(),
    }
}

#[component]
fn RecordCharts(charts: Vec<RecordChart>) -> impl IntoView {
    view! {
        <div class="record-charts">
            {charts.into_iter().map(|c| view! {
                <figure class="record-chart">
                    <figcaption>{c.title}</figcaption>
                    <div class="chart-svg" role="img" aria-label=c.description inner_html=c.svg></div>
                    <ul class="legend" aria-hidden="true">
                        {c.legend.into_iter().map(|(label, class)| view! {
                            <li><span class=format!("swatch {class}")></span>{label}</li>
                        }).collect_view()}
                    </ul>
                </figure>
            }).collect_view()}
        </div>
    }
}

/// The figures each chart draws, as tables.
#[component]
fn FiguresBehindCharts(
    tco_by_year: Table,
    cost_by_component: Table,
    governance: Table,
    risks: Option<Table>,
) -> impl IntoView {
    view! {
        <h3>"TCO over time (cumulative, at the end of each year)"</h3>
        <RecordTable table=tco_by_year />
        <h3>"Where the plan's money goes (over the horizon)"</h3>
        <RecordTable table=cost_by_component />
        <h3>"Governance burden (hours a month)"</h3>
        <RecordTable table=governance />
        <h3>"Top risks of the plan"</h3>
        {table_or(risks, "No risks yet: nothing is placed.", "")}
    }
}
