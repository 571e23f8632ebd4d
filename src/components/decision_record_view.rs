use leptos::html;
use leptos::portal::Portal;
use leptos::prelude::*;

use crate::charts::{cost_breakdown, governance, risk_matrix, tco_over_time, theme};
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::report::decision_record::DecisionRecord;
use crate::engine::CostCloud;
use crate::state::{use_app_state, AppState};
use crate::web::{download, page};

/// Class on `<html>` while the record is open: the print stylesheet then prints only it.
const OPEN_CLASS: &str = "record-open";

/// A chart as the record shows it: the SVG inline, with its text description.
#[derive(Debug, Clone, PartialEq)]
struct RecordChart {
    title: &'static str,
    svg: String,
    description: String,
    legend: Vec<(&'static str, &'static str)>,
}

#[derive(Debug, Clone, PartialEq)]
struct Made {
    record: DecisionRecord,
    charts: Vec<RecordChart>,
}

fn make(state: AppState) -> Result<Made, String> {
    let today = page::today();
    state.evaluation.with(|r| {
        let e = r.as_ref().map_err(|e| e.to_string())?;
        state.scenario.with(|s| {
            state.price_book.with(|book| {
                let record = DecisionRecord::build(s, e, book.as_ref(), &today);
                let name_of = |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default();
                let plan_and_refs = theme::strategy_legend();
                let tco = tco_over_time::data(e);
                let breakdown = cost_breakdown::data(e);
                let burden = governance::data(e);
                let risks = risk_matrix::data(e, name_of);
                let charts = [
                    (
                        "TCO over time",
                        tco_over_time::svg(&tco),
                        tco_over_time::describe(&tco),
                        plan_and_refs.clone(),
                    ),
                    (
                        "Where the plan's money goes",
                        cost_breakdown::svg(&breakdown),
                        cost_breakdown::describe(&breakdown),
                        theme::cloud_legend(),
                    ),
                    (
                        "Governance burden",
                        governance::svg(&burden),
                        governance::describe(&burden),
                        plan_and_refs,
                    ),
                    (
                        "Migration risk",
                        risk_matrix::svg(&risks),
                        risk_matrix::describe(&risks),
                        vec![
                            ("Low", "swatch-capacity"),
                            ("Medium", "swatch-aws"),
                            ("High", "swatch-contracts"),
                        ],
                    ),
                ]
                .into_iter()
                .filter_map(|(title, svg, description, legend)| {
                    svg.ok().map(|svg| RecordChart {
                        title,
                        svg,
                        description,
                        legend,
                    })
                })
                .collect();
                Ok(Made { record, charts })
            })
        })
    })
}

/// "Decision record": one press lays out what the room decided as a printable page (print
/// or save as PDF) with a Markdown download.
#[component]
pub fn DecisionRecordButton() -> impl IntoView {
    let state = use_app_state();
    let made = RwSignal::new(None::<Made>);
    let opener = NodeRef::<html::Button>::new();
    let on_open = move |_| match make(state) {
        Ok(m) => {
            page::set_root_class(OPEN_CLASS, true);
            made.set(Some(m));
        }
        Err(e) => state.notify(format!(
            "A decision record needs the figures, and they cannot be computed: {e}"
        )),
    };
    let on_closed = move || {
        made.set(None);
        page::set_root_class(OPEN_CLASS, false);
        if let Some(b) = opener.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <button type="button" class="header-button" node_ref=opener on:click=on_open>"Decision record"</button>
        {move || made.get().map(|m| view! {
            <Portal>
                <RecordDialog made=m.clone() on_closed />
            </Portal>
        })}
    }
}

#[component]
fn RecordDialog(made: Made, on_closed: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_app_state();
    let dialog = NodeRef::<html::Dialog>::new();
    // Opening as a modal dialog keeps focus inside and gives Escape for free.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let markdown = made.record.to_markdown();
    let file_name = made.record.file_name();
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
    let Made { record: r, charts } = made;
    let labels = DecisionRecord::strategy_labels();
    let by_strategy = |first: &str| {
        let mut head = vec![col(first)];
        head.extend(labels.map(num));
        head
    };
    let placements = (!r.placements.is_empty()).then(|| {
        let head = vec![
            col("Workload"),
            col("Kind"),
            col("Cloud"),
            col("Share"),
            num("Horizon cost"),
        ];
        let rows = r
            .placements
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    format!("{} ({})", p.kind, p.family),
                    p.cloud.to_owned(),
                    p.share.clone().unwrap_or_else(|| "—".to_owned()),
                    format_usd(p.horizon_cost),
                ]
            })
            .collect();
        (head, rows)
    });
    let headline_rows = r
        .headline
        .iter()
        .map(|h| {
            let marks: Vec<&str> = [
                (h.cheapest_reference, "cheapest reference"),
                (h.advised, "advised"),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, m)| m)
            .collect();
            let name = if marks.is_empty() {
                h.strategy.to_owned()
            } else {
                format!("{} ({})", h.strategy, marks.join(", "))
            };
            vec![
                name,
                format_usd(h.tco),
                format_usd(h.run_rate),
                format_number(h.governance_hours.round()),
                h.risk.to_owned(),
            ]
        })
        .collect();
    let headline_head = vec![
        col("Strategy"),
        num(&format!("{}-year TCO", r.years)),
        num("Run rate a month"),
        num("Governance h/month"),
        col("Risk"),
    ];
    let years = r
        .tco_by_year
        .iter()
        .map(|y| {
            let mut row = vec![y.label.clone()];
            row.extend(y.cumulative.map(format_usd));
            row
        })
        .collect();
    let mut component_head = vec![col("Component")];
    component_head.extend(CostCloud::ALL.map(|c| num(c.label())));
    component_head.push(num("Total"));
    let components = r
        .cost_by_component
        .iter()
        .map(|c| {
            let mut row = vec![c.component.to_owned()];
            row.extend(c.by_cloud.map(format_usd));
            row.push(format_usd(c.total));
            row
        })
        .collect();
    let governance = r
        .governance
        .iter()
        .map(|g| {
            let mut row = vec![g.dimension.to_owned()];
            row.extend(g.hours.map(|h| format_number(h.round())));
            row
        })
        .collect();
    let risks = (!r.risks.is_empty()).then(|| {
        let head = vec![
            col("Risk"),
            col("Level"),
            num("Likelihood"),
            num("Impact"),
            col("Driven by"),
        ];
        let rows = r
            .risks
            .iter()
            .map(|x| {
                vec![
                    x.title.clone(),
                    x.level.to_owned(),
                    x.likelihood.to_string(),
                    x.impact.to_string(),
                    x.driver.clone(),
                ]
            })
            .collect();
        (head, rows)
    });
    let assumptions = (!r.assumptions.is_empty()).then(|| {
        let head = vec![
            col("Assumption"),
            num("Value"),
            num("Default"),
            col("Source of the default"),
            col("Set by"),
        ];
        let rows = r
            .assumptions
            .iter()
            .map(|a| {
                vec![
                    format!("{} ({})", a.label, a.id),
                    a.value.clone(),
                    a.default.clone(),
                    a.default_source.clone(),
                    a.set_by.clone(),
                ]
            })
            .collect();
        (head, rows)
    });
    let advice = r.advice.clone();
    view! {
        <dialog class="decision-record" node_ref=dialog aria-labelledby="record-title" on:close=move |_| on_closed()>
            <div class="record-toolbar">
                <button type="button" class="record-button" on:click=on_print>"Print or save as PDF"</button>
                <button type="button" class="record-button" on:click=on_markdown>"Download Markdown"</button>
                <button type="button" class="record-button" on:click=close>"Close"</button>
            </div>
            <article class="record">
                <h1 id="record-title">{format!("Decision record: {}", r.title)}</h1>
                <p class="record-meta">
                    {format!("Recorded on {} · plan from {} over {} {} · made with cloudsplit", r.date, r.start, r.years,
                        if r.years == 1 { "year" } else { "years" })}
                </p>
                {r.price_book.clone().map(|b| view! {
                    <p class="record-note">{format!("Prices include a {}. Its values are confidential negotiated prices: share this record accordingly.", lower_first(&b))}</p>
                })}
                <h2>"Placements"</h2>
                {table_or(placements, "No workloads on the board.")}
                <h2>"Headline figures"</h2>
                <RecordTable head=headline_head rows=headline_rows testid="record-headline" />
                {r.versus_best.clone().map(|v| view! { <p class="record-versus">{v}</p> })}
                <h2>"Advice and red flags"</h2>
                {match advice {
                    None => view! { <p>"No advice: the board is empty."</p> }.into_any(),
                    Some(a) => view! {
                        <p><strong>{a.verdict}</strong>{a.summary}</p>
                        <h3>"Why"</h3>
                        <ul>{a.reasons.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                        <h3>"Red flags"</h3>
                        {(a.red_flags.is_empty()).then_some(view! { <p>"None."</p> })}
                        <ul class="red-flags">
                            {a.red_flags.into_iter().map(|(k, m)| view! { <li><strong>{k}</strong>{format!(": {m}")}</li> }).collect_view()}
                        </ul>
                        {a.against_advice.map(|s| view! { <p>{format!("The plan against the advice: {s}")}</p> })}
                    }.into_any(),
                }}
                <h2>"Charts"</h2>
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
                <h2>"Figures behind the charts"</h2>
                <h3>"TCO over time (cumulative, at the end of each year)"</h3>
                <RecordTable head=by_strategy("Year") rows=years />
                <h3>"Where the plan's money goes (over the horizon)"</h3>
                <RecordTable head=component_head rows=components />
                <h3>"Governance burden (hours a month)"</h3>
                <RecordTable head=by_strategy("Dimension") rows=governance />
                <h3>"Top risks of the plan"</h3>
                {table_or(risks, "No risks yet: nothing is placed.")}
                <h2>"Assumptions changed from the defaults"</h2>
                {match assumptions {
                    Some((head, rows)) => view! { <RecordTable head rows testid="record-assumptions" /> }.into_any(),
                    None => view! { <p>"None: every assumption is at its shipped, sourced default."</p> }.into_any(),
                }}
                <p class="record-meta">{format!("Recorded on {}.", r.date)}</p>
            </article>
        </dialog>
    }
}

/// A column title and whether its figures are right-aligned numbers.
type Column = (String, bool);

fn col(title: &str) -> Column {
    (title.to_owned(), false)
}

fn num(title: &str) -> Column {
    (title.to_owned(), true)
}

/// A table, or a sentence when there is nothing to show.
fn table_or(table: Option<(Vec<Column>, Vec<Vec<String>>)>, empty: &'static str) -> AnyView {
    match table {
        Some((head, rows)) => view! { <RecordTable head rows /> }.into_any(),
        None => view! { <p>{empty}</p> }.into_any(),
    }
}

/// One table of the record; the first cell of each row is the row's header.
#[component]
fn RecordTable(
    head: Vec<Column>,
    rows: Vec<Vec<String>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let numeric: Vec<bool> = head.iter().map(|(_, n)| *n).collect();
    view! {
        <table class="record-table" data-testid=(!testid.is_empty()).then_some(testid)>
            <thead>
                <tr>
                    {head.into_iter().map(|(title, n)| view! { <th scope="col" class:num=n>{title}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let numeric = numeric.clone();
                    view! {
                        <tr>
                            {row.into_iter().enumerate().map(|(i, cell)| {
                                let n = numeric.get(i).copied().unwrap_or(false);
                                if i == 0 {
                                    view! { <th scope="row">{cell}</th> }.into_any()
                                } else {
                                    view! { <td class:num=n>{cell}</td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_lowercase().chain(c).collect())
}
