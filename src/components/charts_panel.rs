use leptos::prelude::*;

use super::breakdown::ComponentTable;
use super::chart_figure::ChartFigure;
use crate::charts::{
    cost_breakdown, governance, risk_matrix, tco_over_time, theme, timeline, tornado, ChartError,
};
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::model::scenario::whole_years;
use crate::engine::report::csv_export;
use crate::engine::Strategy;
use crate::state::uncertainty::use_uncertainty;
use crate::state::use_app_state;
use crate::web::download;

/// The live charts. Each chart is memoised on the data it draws, so a change that leaves a
/// chart's data alone does not redraw it.
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let state = use_app_state();
    let uncertainty = use_uncertainty();
    // The band joins the engine's lines once sampled outcomes for this very scenario are in.
    let tco = Memo::new(move |_| {
        let lines = state
            .evaluation
            .with(|r| r.as_ref().ok().map(tco_over_time::data))?;
        let band = state.scenario.with(|s| uncertainty.band_for(s));
        Some(tco_over_time::with_band(lines, band.as_ref()))
    });
    let band_note = Signal::derive(move || {
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
    });
    let years = Memo::new(move |_| state.scenario.with(|s| whole_years(s.horizon_months())));
    let swings = Memo::new(move |_| {
        let years = years.get();
        uncertainty
            .result
            .with(|r| r.as_ref().map(|r| tornado::data(&r.tornado, years)))
    });
    let swings_svg =
        Memo::new(move |_| swings.with(|d| d.as_ref().map_or(Err(ChartError::Empty), tornado::svg)));
    let tco_svg =
        Memo::new(move |_| tco.with(|d| d.as_ref().map_or(Err(ChartError::Empty), tco_over_time::svg)));
    let breakdown = Memo::new(move |_| {
        state
            .evaluation
            .with(|r| r.as_ref().ok().map(cost_breakdown::data))
    });
    let breakdown_svg = Memo::new(move |_| {
        breakdown.with(|d| d.as_ref().map_or(Err(ChartError::Empty), cost_breakdown::svg))
    });
    let burden = Memo::new(move |_| state.evaluation.with(|r| r.as_ref().ok().map(governance::data)));
    let burden_svg =
        Memo::new(move |_| burden.with(|d| d.as_ref().map_or(Err(ChartError::Empty), governance::svg)));
    let risks = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().ok().map(|e| {
                state.scenario.with(|s| {
                    risk_matrix::data(e, |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default())
                })
            })
        })
    });
    let risks_svg =
        Memo::new(move |_| risks.with(|d| d.as_ref().map_or(Err(ChartError::Empty), risk_matrix::svg)));
    let events = Memo::new(move |_| state.evaluation.with(|r| r.as_ref().ok().map(timeline::data)));
    let events_svg =
        Memo::new(move |_| events.with(|d| d.as_ref().map_or(Err(ChartError::Empty), timeline::svg)));

    let on_csv = move |_| {
        let csv = state
            .evaluation
            .with(|r| r.as_ref().ok().map(csv_export::monthly_by_component));
        match csv {
            Some(text) => {
                if let Err(e) = download::download_text("cloudsplit-monthly-costs.csv", "text/csv", &text) {
                    state.notify(format!("Could not download the figures: {e}."));
                }
            }
            None => state.notify("There are no figures to download until the scenario is valid."),
        }
    };

    view! {
        <section class="panel charts" aria-labelledby="charts-title">
            <div class="charts-head">
                <h2 id="charts-title" class="panel-title">"Charts"</h2>
                <button type="button" class="small-button" on:click=on_csv>"Download figures (CSV)"</button>
            </div>
            <div class="chart-grid">
                <ChartFigure
                    slug="tco"
                    title="TCO over time"
                    legend=tco_legend()
                    svg=tco_svg
                    description=Signal::derive(move || tco.with(|d| d.as_ref().map(tco_over_time::describe).unwrap_or_default()))
                    note=band_note
                >
                    <TcoTable data=tco />
                </ChartFigure>
                <ChartFigure
                    slug="tornado"
                    title="What moves the answer"
                    legend=vec![("Assumption at the low end of its range", "swatch-low"), ("At the high end", "swatch-high"), ("Most likely values", "swatch-plan")]
                    svg=swings_svg
                    description=Signal::derive(move || swings.with(|d| d.as_ref().map(tornado::describe).unwrap_or_default()))
                    note=Signal::derive(move || swings.with(|d| d.as_ref().map(tornado::top_three).unwrap_or_default()))
                >
                    <TornadoTable data=swings />
                </ChartFigure>
                <ChartFigure
                    slug="where-the-money-goes"
                    title="Where the money goes"
                    legend=theme::cloud_legend()
                    svg=breakdown_svg
                    description=Signal::derive(move || breakdown.with(|d| d.as_ref().map(cost_breakdown::describe).unwrap_or_default()))
                >
                    <ComponentTable rows=Signal::derive(move || breakdown.with(|d| d.as_ref().map(|d| d.rows.clone()).unwrap_or_default())) />
                </ChartFigure>
                <ChartFigure
                    slug="governance"
                    title="Governance burden"
                    legend=theme::strategy_legend()
                    svg=burden_svg
                    description=Signal::derive(move || burden.with(|d| d.as_ref().map(governance::describe).unwrap_or_default()))
                >
                    <GovernanceTable data=burden />
                </ChartFigure>
                <ChartFigure
                    slug="risk"
                    title="Migration risk"
                    legend=vec![("Low", "swatch-capacity"), ("Medium", "swatch-aws"), ("High", "swatch-contracts"), ("Scenario-level: hollow", "swatch-plan")]
                    svg=risks_svg
                    description=Signal::derive(move || risks.with(|d| d.as_ref().map(risk_matrix::describe).unwrap_or_default()))
                >
                    <RiskTable data=risks />
                </ChartFigure>
                <ChartFigure
                    slug="timeline"
                    title="Timeline"
                    legend=vec![("Contracts", "swatch-contracts"), ("On AWS", "swatch-aws"), ("Capacity", "swatch-capacity")]
                    svg=events_svg
                    description=Signal::derive(move || events.with(|d| d.as_ref().map(timeline::describe).unwrap_or_default()))
                >
                    <TimelineTable data=events />
                </ChartFigure>
            </div>
        </section>
    }
}

#[component]
fn TcoTable(data: Memo<Option<tco_over_time::TcoData>>) -> impl IntoView {
    move || {
        data.get().map(|d| {
            let months = d.series.first().map_or(0, |s| s.cumulative.len());
            let band = d.band.clone();
            let usd = |v: Option<&f64>| v.map(|v| format_usd(*v)).unwrap_or_default();
            view! {
                <table class="money-table">
                    <caption class="visually-hidden">"Cumulative cost by month, at the most likely values and, for your plan, across sampled outcomes"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Month"</th>
                            {d.series.iter().map(|s| view! { <th scope="col" class="num">{s.strategy.label()}</th> }).collect_view()}
                            {band.is_some().then(|| view! {
                                <th scope="col" class="num">"Your plan P10"</th>
                                <th scope="col" class="num">"P50"</th>
                                <th scope="col" class="num">"P90"</th>
                            })}
                        </tr>
                    </thead>
                    <tbody>
                        {(0..months).map(|m| view! {
                            <tr>
                                <th scope="row">{d.start.plus_months(m as i64).to_string()}</th>
                                {d.series.iter().map(|s| view! { <td class="num">{usd(s.cumulative.get(m))}</td> }).collect_view()}
                                {band.as_ref().map(|b| view! {
                                    <td class="num">{usd(b.p10.get(m))}</td>
                                    <td class="num">{usd(b.p50.get(m))}</td>
                                    <td class="num">{usd(b.p90.get(m))}</td>
                                })}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    }
}

#[component]
fn TornadoTable(data: Memo<Option<tornado::TornadoData>>) -> impl IntoView {
    move || {
        data.get().map(|d| view! {
            <table class="money-table">
                <caption class="visually-hidden">"Your plan's cost with one assumption at a time at the ends of its range"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Assumption"</th>
                        <th scope="col">"Range"</th>
                        <th scope="col" class="num">"Plan cost at the low end"</th>
                        <th scope="col" class="num">"At the high end"</th>
                        <th scope="col" class="num">"Swing"</th>
                    </tr>
                </thead>
                <tbody>
                    {d.bars.iter().map(|b| view! {
                        <tr>
                            <th scope="row">{b.label.clone()}</th>
                            <td>{format!("{} to {} {}", b.low, b.high, b.unit)}</td>
                            <td class="num">{format_usd(b.at_low)}</td>
                            <td class="num">{format_usd(b.at_high)}</td>
                            <td class="num">{format_usd(b.swing())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    }
}

#[component]
fn TimelineTable(data: Memo<Option<timeline::TimelineData>>) -> impl IntoView {
    move || {
        data.get().map(|d| view! {
            <table class="money-table">
                <caption class="visually-hidden">"Dated events"</caption>
                <thead>
                    <tr><th scope="col">"Date"</th><th scope="col">"Event"</th><th scope="col">"Track"</th><th scope="col">"Source"</th></tr>
                </thead>
                <tbody>
                    {d.events.iter().map(|e| view! {
                        <tr class:outside=!d.in_horizon(e)>
                            <th scope="row">{e.date.to_string()}</th>
                            <td>{e.label.clone()}</td>
                            <td>{e.track.label()}</td>
                            <td>{e.source}{e.assumption.map(|id| format!(" · editable: {id}"))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    }
}

#[component]
fn GovernanceTable(data: Memo<Option<governance::GovernanceData>>) -> impl IntoView {
    use crate::engine::analysis::governance::Dimension;
    move || {
        data.get().map(|d| view! {
            <table class="money-table">
                <caption class="visually-hidden">"Governance hours a month by dimension"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        {d.strategies.iter().map(|(s, _)| view! { <th scope="col" class="num">{s.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {Dimension::ALL.iter().enumerate().map(|(i, dim)| view! {
                        <tr>
                            <th scope="row">{dim.label()}</th>
                            {d.strategies.iter().map(|(_, h)| view! { <td class="num">{format!("{:.0} h", h[i])}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                    <tr>
                        <th scope="row">"Total, hours a month"</th>
                        {d.strategies.iter().map(|(_, h)| view! { <td class="num"><strong>{format!("{:.0} h", governance::total(h))}</strong></td> }).collect_view()}
                    </tr>
                    <tr>
                        <th scope="row">"Set-up, hours once"</th>
                        {d.totals.iter().map(|t| view! { <td class="num">{format!("{:.0} h", t.setup_hours)}</td> }).collect_view()}
                    </tr>
                    <tr>
                        <th scope="row">"Audits per year (duplicated)"</th>
                        {d.totals.iter().map(|t| view! { <td class="num">{format!("{} ({})", t.audits_per_year, t.duplicated_audits_per_year)}</td> }).collect_view()}
                    </tr>
                    <tr>
                        <th scope="row">"Policies to keep in sync"</th>
                        {d.totals.iter().map(|t| view! { <td class="num">{t.policies_in_sync}</td> }).collect_view()}
                    </tr>
                    <tr>
                        <th scope="row">"Burden index (0-100)"</th>
                        {d.totals.iter().map(|t| view! { <td class="num">{format!("{:.0}", t.index)}</td> }).collect_view()}
                    </tr>
                </tbody>
            </table>
        })
    }
}

#[component]
fn RiskTable(data: Memo<Option<risk_matrix::RiskData>>) -> impl IntoView {
    move || {
        data.get().map(|d| view! {
            <table class="money-table">
                <caption class="visually-hidden">"Risks with likelihood, impact and driver"</caption>
                <thead>
                    <tr><th scope="col">"Risk"</th><th scope="col" class="num">"Likelihood"</th><th scope="col" class="num">"Impact"</th><th scope="col">"Level"</th><th scope="col">"Driven by"</th></tr>
                </thead>
                <tbody>
                    {d.points.iter().map(|p| view! {
                        <tr>
                            <th scope="row">{p.label.clone()}</th>
                            <td class="num">{p.likelihood}</td>
                            <td class="num">{p.impact}</td>
                            <td>{p.level.label()}</td>
                            <td>{p.driver.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    }
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
    legend
}
