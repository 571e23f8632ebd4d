use leptos::prelude::*;

use crate::charts::cost_breakdown;
use crate::engine::assumptions::ResolvedAssumption;
use crate::engine::model::scenario::WorkloadId;
use crate::engine::{Component, CostCloud, CostLine, Evaluation};
use crate::state::use_app_state;
use crate::web::dom;

const MAX_LINES_SHOWN: usize = 40;

/// A cost line with the assumptions behind it, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainedLine {
    pub line: CostLine,
    pub workload: Option<String>,
    pub sources: Vec<ResolvedAssumption>,
}

pub fn explained(
    e: &Evaluation,
    names: impl Fn(WorkloadId) -> Option<String>,
    keep: impl Fn(&CostLine) -> bool,
) -> Vec<ExplainedLine> {
    let mut lines: Vec<ExplainedLine> = e
        .plan
        .cost
        .lines
        .iter()
        .filter(|l| keep(l) && l.total > 0.0)
        .map(|l| ExplainedLine {
            line: *l,
            workload: l.workload.and_then(&names),
            sources: e.explain(l),
        })
        .collect();
    lines.sort_by(|a, b| b.line.total.total_cmp(&a.line.total));
    lines
}

/// Where the plan's money goes, by component and cloud; pick a row to see each line and
/// the dated, sourced assumptions that produced it.
#[component]
pub fn Breakdown() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        state
            .settled
            .with(|_, r| r.as_ref().ok().map(cost_breakdown::data))
    });
    let open = RwSignal::new(None::<Component>);
    let lines = Memo::new(move |_| {
        let Some(component) = open.get() else {
            return Vec::new();
        };
        state.settled.with(|s, r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| {
                    explained(
                        e,
                        |id| s.workload(id).map(|w| w.name.clone()),
                        |l| l.component == component,
                    )
                },
            )
        })
    });
    view! {
        <section class="panel breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title" class="panel-title">"Where the plan's money goes"</h2>
            <Show when=move || data.with(|d| d.as_ref().is_some_and(|d| !d.rows.is_empty())) fallback=|| view! { <p class="hint">"No cost yet: place a workload."</p> }>
                <ComponentTable data pick=open />
            </Show>
            <Show when=move || open.get().is_some()>
                <h3 class="lines-title">{move || open.get().map(|c| format!("{}: each line and its sources", c.label()))}</h3>
                <CostLines lines=Signal::derive(move || lines.get()) />
            </Show>
        </section>
    }
}

/// The plan's horizon cost by component and cloud. With `pick`, each component name is a
/// button that opens (or closes) that component's lines.
#[component]
pub fn ComponentTable(
    #[prop(into)] data: Signal<Option<cost_breakdown::BreakdownData>>,
    #[prop(optional)] pick: Option<RwSignal<Option<Component>>>,
) -> impl IntoView {
    // In the currency the rows were converted to, which the board may have left already
    // while the results panels catch up (`state::Settled`).
    let money = move |v: f64| {
        data.with(|d| {
            d.as_ref()
                .map(|d| d.currency.format_amount(v))
                .unwrap_or_default()
        })
    };
    let cell = move |v: f64| if v > 0.0 { money(v) } else { "—".to_owned() };
    view! {
        <table class="money-table">
            <caption class="visually-hidden">"Plan cost over the horizon by component and cloud"</caption>
            <thead>
                <tr>
                    <th scope="col">"Component"</th>
                    {CostCloud::ALL.map(|c| view! { <th scope="col" class="num">{c.label()}</th> }).collect_view()}
                    <th scope="col" class="num">"Total"</th>
                </tr>
            </thead>
            <tbody>
                // Keyed by the component and its figures (as bits: floats do not hash), so a
                // row is drawn afresh exactly when what it shows changes.
                <For
                    each=move || data.with(|d| d.as_ref().map(|d| d.rows.clone()).unwrap_or_default())
                    key=|r| (r.component, r.by_cloud.map(f64::to_bits))
                    children=move |r| {
                        let component = r.component;
                        let expanded = move || pick.is_some_and(|p| p.get() == Some(component));
                        let name = match pick {
                            Some(open) => view! {
                                <button
                                    type="button"
                                    class="link-button"
                                    aria-expanded=move || if expanded() { "true" } else { "false" }
                                    on:click=move |_| open.update(|o| *o = if *o == Some(component) { None } else { Some(component) })
                                >
                                    {component.label()}
                                </button>
                            }.into_any(),
                            None => component.label().into_any(),
                        };
                        view! {
                            <tr class:row-open=expanded>
                                <th scope="row">{name}</th>
                                {r.by_cloud.map(|v| view! { <td class="num">{move || cell(v)}</td> }).collect_view()}
                                <td class="num"><strong>{
                                    let total = r.total();
                                    move || money(total)
                                }</strong></td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}

/// Lines with their formulas and sources, largest first.
#[component]
pub fn CostLines(#[prop(into)] lines: Signal<Vec<ExplainedLine>>) -> impl IntoView {
    view! {
        <ul class="cost-lines">
            <For
                each=move || lines.with(|all| all.iter().take(MAX_LINES_SHOWN).cloned().collect::<Vec<_>>())
                key=LineKey::of
                let:l
            >
                <li><CostLineView l /></li>
            </For>
            {move || {
                let hidden = lines.with(|all| all.len().saturating_sub(MAX_LINES_SHOWN));
                (hidden > 0).then(|| view! { <li class="hint">{format!("and {hidden} smaller lines")}</li> })
            }}
        </ul>
    }
}

/// Everything a shown line depends on, so a line is drawn afresh exactly when what it shows
/// changes. Amounts are keyed by their bits: floats do not hash.
#[derive(Clone, PartialEq, Eq, Hash)]
struct LineKey {
    workload: Option<WorkloadId>,
    name: Option<String>,
    component: Component,
    cloud: CostCloud,
    label: &'static str,
    amounts: [u64; 4],
    duplicate: bool,
    sources: Vec<(&'static str, [u64; 2], bool, bool)>,
}

impl LineKey {
    fn of(l: &ExplainedLine) -> LineKey {
        let line = &l.line;
        LineKey {
            workload: line.workload,
            name: l.workload.clone(),
            component: line.component,
            cloud: line.cloud,
            label: line.label,
            amounts: [
                line.first_month,
                line.total,
                line.discount_percent,
                line.commitment_discount_percent.unwrap_or(-1.0),
            ]
            .map(f64::to_bits),
            duplicate: line.duplicate,
            sources: l
                .sources
                .iter()
                .map(|s| {
                    let values = [s.value, s.base].map(f64::to_bits);
                    (s.assumption.id.as_str(), values, s.overridden, s.from_price_book)
                })
                .collect(),
        }
    }
}

#[component]
fn CostLineView(l: ExplainedLine) -> impl IntoView {
    let state = use_app_state();
    let (total, first_month) = (l.line.total, l.line.first_month);
    let formula = l.line.formula;
    let who = l.workload.clone().map(|n| format!(" · {n}")).unwrap_or_default();
    let discount = match (l.line.discount_percent > 0.0, l.line.commitment_discount_percent) {
        (true, Some(c)) => Some(format!(
            " after a {}% discount off list ({c}% in the months its commitment covers)",
            l.line.discount_percent
        )),
        (false, Some(c)) => Some(format!(
            " after a {c}% commitment discount in the months it covers"
        )),
        (true, None) => Some(format!(" after a {}% discount off list", l.line.discount_percent)),
        (false, None) => None,
    };
    // A line's sources are built when it is opened: most lines are read closed, and the lines
    // of the selected workload are drawn afresh whenever a move changes what it costs.
    let (open, set_open) = signal(false);
    let sources = l.sources;
    view! {
        <details class="cost-line" on:toggle=move |e| set_open.set(dom::details_open(&e))>
            <summary>
                <span class="line-label">{format!("{}{who} · {}", l.line.label, l.line.cloud.label())}</span>
                <span class="line-total">{move || state.currency.with(|c| c.format(total))}</span>
            </summary>
            <p class="line-formula">
                {move || format!("{formula} — {} in the first month{}.", state.currency.with(|c| c.format(first_month)), discount.clone().unwrap_or_default())}
                {l.line.duplicate.then_some(" Paid only because a second cloud is in use.")}
            </p>
            <Show when=move || open.get()>
                <SourcesTable sources=sources.clone() />
            </Show>
        </details>
    }
}

#[component]
pub fn SourcesTable(sources: Vec<ResolvedAssumption>) -> impl IntoView {
    let state = use_app_state();
    let (book, book_date) = state
        .price_book
        .with_untracked(|b| b.as_ref().map(|b| (b.source_label(), b.imported.clone())))
        .unwrap_or_default();
    view! {
        <table class="sources">
            <thead>
                <tr>
                    <th scope="col">"Assumption"</th>
                    <th scope="col" class="num">"Value"</th>
                    <th scope="col">"Source"</th>
                    <th scope="col">"Date"</th>
                </tr>
            </thead>
            <tbody>
                {sources.into_iter().map(|s| view! {
                    <tr>
                        <td>
                            {s.assumption.label.as_str()}
                            {s.overridden.then(|| view! { <span class="badge">"overridden"</span> })}
                            {(s.from_price_book && !s.overridden).then(|| view! { <span class="badge badge-price-book">"price book"</span> })}
                        </td>
                        <td class="num">
                            {format!("{} {}", s.assumption.display_value(s.value), s.assumption.unit)}
                            {
                                let (value, unit) = (s.value, s.assumption.unit);
                                move || state.currency.with(|c| c.converted_price_note(value, unit)).map(|n| format!(" ({n})"))
                            }
                        </td>
                        {if s.from_price_book && !s.overridden {
                            view! {
                                <td>
                                    <strong class="price-book-source">{book.clone()}</strong>
                                    {format!(" (default {} from {})", s.assumption.display_value(s.assumption.default), s.assumption.source)}
                                </td>
                                <td>{book_date.clone()}</td>
                            }.into_any()
                        } else {
                            view! {
                                <td>{s.assumption.source.as_str()}{format!(" (confidence {:?})", s.assumption.confidence)}</td>
                                <td>{s.assumption.source_date}</td>
                            }.into_any()
                        }}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
