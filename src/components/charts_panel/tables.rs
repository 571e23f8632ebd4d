//! The table view of each live chart: the same numbers, readable without the picture.

use leptos::prelude::*;

use crate::charts::{governance, risk_matrix, risk_over_time, tco_over_time, timeline, tornado};
use crate::state::use_app_state;

#[component]
pub fn TcoTable(data: Memo<Option<tco_over_time::TcoData>>) -> impl IntoView {
    move || {
        data.get().map(|d| {
            let months = d.series.first().map_or(0, |s| s.cumulative.len());
            let band = d.band.clone();
            let currency = d.currency.clone();
            let money = move |v: Option<&f64>| v.map(|v| currency.format_amount(*v)).unwrap_or_default();
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
                                {d.series.iter().map(|s| view! { <td class="num">{money(s.cumulative.get(m))}</td> }).collect_view()}
                                {band.as_ref().map(|b| view! {
                                    <td class="num">{money(b.p10.get(m))}</td>
                                    <td class="num">{money(b.p50.get(m))}</td>
                                    <td class="num">{money(b.p90.get(m))}</td>
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
pub fn TornadoTable(data: Memo<Option<tornado::TornadoData>>) -> impl IntoView {
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
                            <td class="num">{d.currency.format_amount(b.at_low)}</td>
                            <td class="num">{d.currency.format_amount(b.at_high)}</td>
                            <td class="num">{d.currency.format_amount(b.swing())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    }
}

#[component]
pub fn TimelineTable(data: Memo<Option<timeline::TimelineData>>) -> impl IntoView {
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
pub fn GovernanceTable(data: Memo<Option<governance::GovernanceData>>) -> impl IntoView {
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
pub fn RiskTable(data: Memo<Option<risk_matrix::RiskData>>) -> impl IntoView {
    let state = use_app_state();
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
                            <td>{state.currency.with(|c| p.driver_words(c))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    }
}

#[component]
pub fn RiskOverTimeTable(data: Memo<Option<risk_over_time::RiskOverTimeData>>) -> impl IntoView {
    move || {
        data.get().map(|d| view! {
            <table class="money-table">
                <caption class="visually-hidden">"Your plan's risk exposure by month, and the months with a move"</caption>
                <thead>
                    <tr><th scope="col">"Month"</th><th scope="col" class="num">"Risk exposure"</th><th scope="col">"Move"</th></tr>
                </thead>
                <tbody>
                    {d.exposure.iter().enumerate().map(|(m, v)| view! {
                        <tr>
                            <th scope="row">{d.start.plus_months(m as i64).to_string()}</th>
                            <td class="num">{*v}</td>
                            <td>{if d.moves.contains(&m) { "Yes" } else { "" }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    }
}
