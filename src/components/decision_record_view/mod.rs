use leptos::html;
use leptos::portal::Portal;
use leptos::prelude::*;

use crate::charts::{cost_breakdown, governance, risk_matrix, tco_over_time, theme, Look};
use crate::engine::report::decision_record::DecisionRecord;
use crate::engine::uncertainty::Sampler;
use crate::state::{use_app_state, AppState};
use crate::web::page;

mod dialog;
mod record_table;
mod tables;

use dialog::RecordDialog;

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
                // The sampler's model is a few dozen formulas: naming the weak assumptions
                // costs two evaluations of it per assumption, not a sampling run.
                let record = match Sampler::new(s, 1) {
                    Ok(sampler) => record.with_reliance(&sampler.reliance()),
                    Err(_) => record,
                };
                let name_of = |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default();
                let tco = tco_over_time::data(e, name_of);
                let breakdown = cost_breakdown::data(e);
                let burden = governance::data(e);
                let risks = risk_matrix::data(e, name_of);
                let charts = [
                    (
                        "TCO over time",
                        tco_over_time::svg(&tco, &Look::SCREEN),
                        tco_over_time::describe(&tco),
                        theme::strategy_line_legend(),
                    ),
                    (
                        "Where the plan's money goes",
                        cost_breakdown::svg(&breakdown, &Look::SCREEN),
                        cost_breakdown::describe(&breakdown),
                        theme::cloud_legend(),
                    ),
                    (
                        "Governance burden",
                        governance::svg(&burden, &Look::SCREEN),
                        governance::describe(&burden),
                        theme::strategy_legend(),
                    ),
                    (
                        "Migration risk",
                        risk_matrix::svg(&risks, &Look::SCREEN),
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
