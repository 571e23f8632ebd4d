use leptos::html;
use leptos::portal::Portal;
use leptos::prelude::*;

use crate::charts::{cost_breakdown, governance, risk_matrix, tco_over_time};
use crate::engine::decision_record::DecisionRecord;
use crate::engine::money::{format_number, format_usd};
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
                let plan_and_refs = vec![
                    ("Your plan", "swatch-plan"),
                    ("All on Azure", "swatch-azure"),
                    ("All on AWS", "swatch-aws"),
                    ("Split by rule", "swatch-both"),
                ];
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
                        vec![
                            ("Azure", "swatch-azure"),
                            ("AWS", "swatch-aws"),
                            ("Cross-cloud", "swatch-both"),
                        ],
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
                {if r.placements.is_empty() {
                    view! { <p>"No workloads on the board."</p> }.into_any()
                } else {
                    view! {
                        <table class="record-table">
                            <thead><tr>
                                <th scope="col">"Workload"</th><th scope="col">"Kind"</th><th scope="col">"Cloud"</th>
                                <th scope="col">"Share"</th><th scope="col" class="num">"Horizon cost"</th>
                            </tr></thead>
                            <tbody>
                                {r.placements.iter().map(|p| view! {
                                    <tr>
                                        <th scope="row">{p.name.clone()}</th>
                                        <td>{format!("{} ({})", p.kind, p.family)}</td>
                                        <td>{p.cloud}</td>
                                        <td>{p.share.clone().unwrap_or_else(|| "—".to_owned())}</td>
                                        <td class="num">{format_usd(p.horizon_cost)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}

                <h2>"Headline figures"</h2>
                <table class="record-table" data-testid="record-headline">
                    <thead><tr>
                        <th scope="col">"Strategy"</th><th scope="col" class="num">{format!("{}-year TCO", r.years)}</th>
                        <th scope="col" class="num">"Run rate a month"</th><th scope="col" class="num">"Governance h/month"</th>
                        <th scope="col">"Risk"</th>
                    </tr></thead>
                    <tbody>
                        {r.headline.iter().map(|h| {
                            let marks: Vec<&str> = [(h.cheapest_reference, "cheapest reference"), (h.advised, "advised")]
                                .into_iter().filter(|(on, _)| *on).map(|(_, m)| m).collect();
                            view! {
                                <tr>
                                    <th scope="row">{h.strategy}{(!marks.is_empty()).then(|| format!(" ({})", marks.join(", ")))}</th>
                                    <td class="num">{format_usd(h.tco)}</td>
                                    <td class="num">{format_usd(h.run_rate)}</td>
                                    <td class="num">{format_number(h.governance_hours.round())}</td>
                                    <td>{h.risk}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {r.versus_best.clone().map(|v| view! { <p class="record-versus">{v}</p> })}

                <h2>"Advice and red flags"</h2>
                {match r.advice.clone() {
                    None => view! { <p>"No advice: the board is empty."</p> }.into_any(),
                    Some(a) => view! {
                        <p><strong>{a.verdict}</strong>{a.summary}</p>
                        <h3>"Why"</h3>
                        <ul>{a.reasons.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                        <h3>"Red flags"</h3>
                        {if a.red_flags.is_empty() {
                            view! { <p>"None."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="red-flags">
                                    {a.red_flags.into_iter().map(|(k, m)| view! { <li><strong>{k}</strong>{format!(": {m}")}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
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
                <table class="record-table">
                    <thead><tr><th scope="col">"Year"</th>{labels.map(|l| view! { <th scope="col" class="num">{l}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {r.tco_by_year.iter().map(|y| view! {
                            <tr><th scope="row">{y.label.clone()}</th>{y.cumulative.map(|v| view! { <td class="num">{format_usd(v)}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <h3>"Where the plan's money goes (over the horizon)"</h3>
                <table class="record-table">
                    <thead><tr>
                        <th scope="col">"Component"</th>
                        {CostCloud::ALL.map(|c| view! { <th scope="col" class="num">{c.label()}</th> }).collect_view()}
                        <th scope="col" class="num">"Total"</th>
                    </tr></thead>
                    <tbody>
                        {r.cost_by_component.iter().map(|c| view! {
                            <tr>
                                <th scope="row">{c.component}</th>
                                {c.by_cloud.map(|v| view! { <td class="num">{format_usd(v)}</td> }).collect_view()}
                                <td class="num">{format_usd(c.total)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <h3>"Governance burden (hours a month)"</h3>
                <table class="record-table">
                    <thead><tr><th scope="col">"Dimension"</th>{labels.map(|l| view! { <th scope="col" class="num">{l}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {r.governance.iter().map(|g| view! {
                            <tr><th scope="row">{g.dimension}</th>{g.hours.map(|h| view! { <td class="num">{format_number(h.round())}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <h3>"Top risks of the plan"</h3>
                {if r.risks.is_empty() {
                    view! { <p>"No risks yet: nothing is placed."</p> }.into_any()
                } else {
                    view! {
                        <table class="record-table">
                            <thead><tr>
                                <th scope="col">"Risk"</th><th scope="col">"Level"</th><th scope="col" class="num">"Likelihood"</th>
                                <th scope="col" class="num">"Impact"</th><th scope="col">"Driven by"</th>
                            </tr></thead>
                            <tbody>
                                {r.risks.iter().map(|x| view! {
                                    <tr>
                                        <th scope="row">{x.title.clone()}</th><td>{x.level}</td>
                                        <td class="num">{x.likelihood}</td><td class="num">{x.impact}</td><td>{x.driver.clone()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}

                <h2>"Assumptions changed from the defaults"</h2>
                {if r.assumptions.is_empty() {
                    view! { <p>"None: every assumption is at its shipped, sourced default."</p> }.into_any()
                } else {
                    view! {
                        <table class="record-table" data-testid="record-assumptions">
                            <thead><tr>
                                <th scope="col">"Assumption"</th><th scope="col" class="num">"Value"</th>
                                <th scope="col" class="num">"Default"</th><th scope="col">"Source of the default"</th>
                                <th scope="col">"Set by"</th>
                            </tr></thead>
                            <tbody>
                                {r.assumptions.iter().map(|a| view! {
                                    <tr>
                                        <th scope="row">{a.label.clone()}<span class="assumption-id">{a.id.clone()}</span></th>
                                        <td class="num">{a.value.clone()}</td>
                                        <td class="num">{a.default.clone()}</td>
                                        <td>{a.default_source.clone()}</td>
                                        <td>{a.set_by.clone()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
                <p class="record-meta">{format!("Recorded on {}.", r.date)}</p>
            </article>
        </dialog>
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_lowercase().chain(c).collect())
}
