use leptos::prelude::*;

use super::answer_reliance::AnswerReliancePanel;
use super::breakdown::ComponentTable;
use super::chart_figure::ChartFigure;
use crate::charts::{
    cost_breakdown, governance, risk_matrix, risk_over_time, tco_over_time, theme, timeline, tornado,
    ChartError, Look,
};
use crate::engine::model::money::format_number;
use crate::engine::model::scenario::whole_years;
use crate::engine::report::csv_export;
use crate::engine::Strategy;
use crate::state::presentation::{use_presentation, Presentation};
use crate::state::uncertainty::{use_uncertainty, Uncertainty};
use crate::state::{use_app_state, AppState};
use crate::web::download;

mod tables;

use tables::{GovernanceTable, RiskOverTimeTable, RiskTable, TcoTable, TimelineTable, TornadoTable};

/// The live charts. Each chart is memoised on the data it draws, so a change that leaves a
/// chart's data alone does not redraw it.
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="panel charts" aria-labelledby="charts-title">
            <div class="charts-head">
                <h2 id="charts-title" class="panel-title">"Charts"</h2>
                <div class="charts-downloads">
                    <button type="button" class="small-button" on:click=move |_| download_csv(state)>"Download figures (CSV)"</button>
                    <button type="button" class="small-button" on:click=move |_| download_workloads_csv(state)>
                        "Download workloads and schedules (CSV)"
                    </button>
                </div>
            </div>
            <div class="chart-grid">
                <TcoFigure />
                <TornadoFigure />
                <BreakdownFigure />
                <GovernanceFigure />
                <RiskFigure />
                <RiskOverTimeFigure />
                <TimelineFigure />
            </div>
        </section>
    }
}

fn download_csv(state: AppState) {
    let csv = state
        .evaluation
        .with(|r| r.as_ref().ok().map(csv_export::monthly_by_component));
    save_csv(state, "cloudsplit-monthly-costs.csv", csv);
}

fn download_workloads_csv(state: AppState) {
    let csv = state.evaluation.with(|r| {
        let e = r.as_ref().ok()?;
        Some(state.scenario.with(|s| csv_export::workloads(e, s)))
    });
    save_csv(state, "cloudsplit-workloads.csv", csv);
}

fn save_csv(state: AppState, name: &str, csv: Option<String>) {
    match csv {
        Some(text) => {
            if let Err(e) = download::download_text(name, "text/csv", &text) {
                state.notify(format!("Could not download the figures: {e}."));
            }
        }
        None => state.notify("There are no figures to download until the scenario is valid."),
    }
}

#[component]
pub fn TcoFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let uncertainty = use_uncertainty();
    // The band joins the engine's lines once sampled outcomes for this very scenario are in.
    let tco = Memo::new(move |_| {
        let lines = state.evaluation.with(|r| {
            r.as_ref().ok().map(|e| {
                state.scenario.with(|s| {
                    tco_over_time::data(e, |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default())
                })
            })
        })?;
        let band = state.scenario.with(|s| uncertainty.band_for(s));
        Some(tco_over_time::with_band(lines, band.as_ref()))
    });
    let tco_svg = Memo::new(move |_| draw(tco, tco_over_time::svg, room, story));
    view! {
        <ChartFigure
            story
            slug="tco"
            title="TCO over time"
            legend=tco_legend()
            svg=tco_svg
            description=Signal::derive(move || tco.with(|d| d.as_ref().map(tco_over_time::describe).unwrap_or_default()))
            note=band_note(uncertainty, tco)
        >
            <TcoTable data=tco />
        </ChartFigure>
    }
}

/// The sentence under the TCO chart: what the shaded band is, or that it is on its way.
fn band_note(uncertainty: Uncertainty, tco: Memo<Option<tco_over_time::TcoData>>) -> Signal<String> {
    Signal::derive(move || {
        let p = uncertainty.progress.get();
        let fresh = tco.with(|d| d.as_ref().is_some_and(|d| d.band.is_some()));
        // A band of an earlier scenario means one for this scenario is on its way.
        let coming = uncertainty.result.with(Option::is_some);
        match (fresh, p.running) {
            (false, _) if coming => "Sampling outcomes for the band…".to_owned(),
            (false, _) => String::new(),
            (true, true) => format!(
                "Shaded: your plan between its 10th and 90th percentile; lines are medians. Refining: {} of {} \
                 samples.",
                format_number(p.in_band as f64),
                format_number(p.target as f64)
            ),
            (true, false) => format!(
                "Shaded: your plan between its 10th and 90th percentile; lines are medians of {} sampled \
                 outcomes (seeded: the same scenario always gives the same band).",
                format_number(p.in_band as f64)
            ),
        }
    })
}

#[component]
pub fn TornadoFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let uncertainty = use_uncertainty();
    let years = Memo::new(move |_| state.scenario.with(|s| whole_years(s.horizon_months())));
    let swings = Memo::new(move |_| {
        let years = years.get();
        let currency = state.currency.get();
        uncertainty
            .result
            .with(|r| r.as_ref().map(|r| tornado::data(&r.tornado, years, &currency)))
    });
    let swings_svg = Memo::new(move |_| draw(swings, tornado::svg, room, story));
    view! {
        <div class="chart-cell">
        <ChartFigure
            story
            slug="tornado"
            title="What moves the answer"
            legend=vec![("Assumption at the low end of its range", "swatch-low"), ("At the high end", "swatch-high"), ("Most likely values", "swatch-plan")]
            svg=swings_svg
            description=Signal::derive(move || swings.with(|d| d.as_ref().map(tornado::describe).unwrap_or_default()))
            note=Signal::derive(move || swings.with(|d| d.as_ref().map(tornado::top_three).unwrap_or_default()))
        >
            <TornadoTable data=swings />
        </ChartFigure>
        // The story view has the what-if slider in its place.
        {(!story).then(|| view! { <AnswerReliancePanel /> })}
        </div>
    }
}

#[component]
pub fn BreakdownFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let breakdown = Memo::new(move |_| {
        state
            .evaluation
            .with(|r| r.as_ref().ok().map(cost_breakdown::data))
    });
    let breakdown_svg = Memo::new(move |_| draw(breakdown, cost_breakdown::svg, room, story));
    view! {
        <ChartFigure
            story
            slug="where-the-money-goes"
            title="Where the money goes"
            legend=theme::cloud_legend()
            svg=breakdown_svg
            description=Signal::derive(move || breakdown.with(|d| d.as_ref().map(cost_breakdown::describe).unwrap_or_default()))
        >
            <ComponentTable data=breakdown />
        </ChartFigure>
    }
}

#[component]
pub fn GovernanceFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let burden = Memo::new(move |_| state.evaluation.with(|r| r.as_ref().ok().map(governance::data)));
    let burden_svg = Memo::new(move |_| draw(burden, governance::svg, room, story));
    view! {
        <ChartFigure
            story
            slug="governance"
            title="Governance burden"
            legend=theme::strategy_legend()
            svg=burden_svg
            description=Signal::derive(move || burden.with(|d| d.as_ref().map(governance::describe).unwrap_or_default()))
        >
            <GovernanceTable data=burden />
        </ChartFigure>
    }
}

#[component]
pub fn RiskFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let risks = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().ok().map(|e| {
                state.scenario.with(|s| {
                    risk_matrix::data(e, |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default())
                })
            })
        })
    });
    let risks_svg = Memo::new(move |_| draw(risks, risk_matrix::svg, room, story));
    view! {
        <ChartFigure
            story
            slug="risk"
            title="Migration risk"
            legend=vec![("Low", "swatch-capacity"), ("Medium", "swatch-aws"), ("High", "swatch-contracts"), ("Scenario-level: hollow", "swatch-plan")]
            svg=risks_svg
            description=Signal::derive(move || risks.with(|d| d.as_ref().map(risk_matrix::describe).unwrap_or_default()))
        >
            <RiskTable data=risks />
        </ChartFigure>
    }
}

#[component]
pub fn RiskOverTimeFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let exposure = Memo::new(move |_| {
        state
            .evaluation
            .with(|r| r.as_ref().ok().map(risk_over_time::data))
    });
    let exposure_svg = Memo::new(move |_| draw(exposure, risk_over_time::svg, room, story));
    view! {
        <ChartFigure
            story
            slug="risk-over-time"
            title="Risk over time"
            legend=Signal::derive(move || exposure.with(|d| d.as_ref().map(risk_over_time::RiskOverTimeData::legend).unwrap_or_default()))
            svg=exposure_svg
            description=Signal::derive(move || exposure.with(|d| d.as_ref().map(risk_over_time::describe).unwrap_or_default()))
        >
            <RiskOverTimeTable data=exposure />
        </ChartFigure>
    }
}

#[component]
pub fn TimelineFigure(
    /// Drawn in the story view: for the room, with ids of its own.
    #[prop(optional)]
    story: bool,
) -> impl IntoView {
    let room = use_presentation();
    let state = use_app_state();
    let events = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().ok().map(|e| {
                state.scenario.with(|s| {
                    timeline::data(e, |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default())
                })
            })
        })
    });
    let events_svg = Memo::new(move |_| draw(events, timeline::svg, room, story));
    view! {
        <ChartFigure
            story
            slug="timeline"
            title="Timeline"
            legend=Signal::derive(move || events.with(|d| d.as_ref().map(timeline::TimelineData::legend).unwrap_or_default()))
            svg=events_svg
            description=Signal::derive(move || events.with(|d| d.as_ref().map(timeline::describe).unwrap_or_default()))
        >
            <TimelineTable data=events />
        </ChartFigure>
    }
}

/// A chart's SVG from its data, drawn for the room while presenting (so it redraws when
/// presentation mode is switched).
fn draw<T: Send + Sync + 'static>(
    data: Memo<Option<T>>,
    svg: fn(&T, &Look) -> Result<String, ChartError>,
    room: Presentation,
    story: bool,
) -> Result<String, ChartError> {
    let look = if story || room.on.get() {
        Look::ROOM
    } else {
        Look::SCREEN
    };
    data.with(|d| d.as_ref().map_or(Err(ChartError::Empty), |d| svg(d, &look)))
}

/// The strategies as drawn on the TCO chart, lines dashed as they are, with the plan's band
/// right after the plan.
fn tco_legend() -> Vec<(&'static str, &'static str)> {
    let mut legend = theme::strategy_line_legend();
    let after_plan = legend
        .iter()
        .position(|(label, _)| *label == Strategy::Plan.label())
        .map_or(0, |at| at + 1);
    legend.insert(after_plan, ("Your plan, P10 to P90", "swatch-band"));
    legend.push(("Staying where each workload runs today", "swatch-today"));
    legend
}
