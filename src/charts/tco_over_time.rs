//! Cumulative cost by month: the plan (emphasised, its horizon total labelled) against
//! all-Azure, all-AWS, split-by-rule and staying where each workload runs today (dotted,
//! under the plan: where the plan crosses it is its payback). Once sampled outcomes are in, the plan is drawn as
//! its P10-P90 band with its median, and the references as their medians. The months the
//! plan's workloads change place are marked, so a step in its cost has its cause beside it.

use plotters::prelude::*;

mod wave_marks;

use super::moves::{self, Wave};
use super::theme::{self, money_tick, nice_ceiling, sparse_month_tick};
use super::{ChartError, Look};
use crate::engine::model::currency::Currency;
use crate::engine::model::money::format_number;
use crate::engine::model::scenario::{WorkloadId, YearMonth};
use crate::engine::uncertainty::Band;
use crate::engine::{Evaluation, Strategy};

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub strategy: Strategy,
    pub cumulative: Vec<f64>,
}

/// The spread of sampled outcomes, month by month.
#[derive(Debug, Clone, PartialEq)]
pub struct BandSeries {
    pub samples: usize,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
    /// The references' medians.
    pub medians: Vec<Series>,
}

/// Amounts are in `currency` (converted from the engine's dollars once, here), so the axis
/// ticks fall on round figures of the currency shown.
#[derive(Debug, Clone, PartialEq)]
pub struct TcoData {
    pub start: YearMonth,
    pub currency: Currency,
    /// At the most likely values (the engine's answer).
    pub series: Vec<Series>,
    /// Staying where each workload runs today, at the most likely values.
    pub today: Vec<f64>,
    pub band: Option<BandSeries>,
    /// The months the plan's workloads change place.
    pub waves: Vec<Wave>,
}

/// `name_of` names a workload in the marks and the description.
pub fn data(e: &Evaluation, name_of: impl Fn(WorkloadId) -> String) -> TcoData {
    let rate = e.currency.per_usd;
    TcoData {
        start: e.start,
        currency: e.currency.clone(),
        series: e
            .strategies()
            .into_iter()
            .map(|s| Series {
                strategy: s.strategy,
                cumulative: s.cost.cumulative.iter().map(|v| v * rate).collect(),
            })
            .collect(),
        today: cumulative(&e.against_today.monthly).map(|v| v * rate).collect(),
        band: None,
        waves: moves::waves(e, name_of),
    }
}

fn cumulative(monthly: &[f64]) -> impl Iterator<Item = f64> + '_ {
    monthly.iter().scan(0.0, |sum, v| {
        *sum += v;
        Some(*sum)
    })
}

/// `d` with the band of sampled outcomes, if the band covers the same months.
pub fn with_band(mut d: TcoData, band: Option<&Band>) -> TcoData {
    let months = d.series.first().map_or(0, |s| s.cumulative.len());
    let rate = d.currency.per_usd;
    let convert = |v: &[f64]| v.iter().map(|x| x * rate).collect::<Vec<f64>>();
    d.band = band.filter(|b| b.plan.p50.len() == months).map(|b| BandSeries {
        samples: b.samples,
        p10: convert(&b.plan.p10),
        p50: convert(&b.plan.p50),
        p90: convert(&b.plan.p90),
        medians: b
            .references
            .iter()
            .map(|r| Series {
                strategy: r.strategy,
                cumulative: convert(&r.p50),
            })
            .collect(),
    });
    d
}

fn total(s: &Series) -> f64 {
    s.cumulative.last().copied().unwrap_or(0.0)
}

/// The text a screen reader hears instead of the picture.
pub fn describe(d: &TcoData) -> String {
    let money = |v: f64| d.currency.format_amount(v);
    let months = d.series.first().map_or(0, |s| s.cumulative.len());
    let parts: Vec<String> = d
        .series
        .iter()
        .map(|s| format!("{} {}", s.strategy.label(), money(total(s))))
        .collect();
    let mut text = format!(
        "Line chart of cumulative cost over {months} months from {}, at the most likely values: {}; \
         staying where each workload runs today {}.",
        d.start,
        parts.join(", "),
        money(d.today.last().copied().unwrap_or(0.0))
    );
    if let Some(b) = &d.band {
        let last = |v: &[f64]| v.last().copied().unwrap_or(0.0);
        let medians: Vec<String> = b
            .medians
            .iter()
            .map(|s| format!("{} {}", s.strategy.label(), money(total(s))))
            .collect();
        text.push_str(&format!(
            " Drawn from {} sampled outcomes: your plan's band runs from {} (P10) to {} (P90), median {}; \
             medians: {}.",
            format_number(b.samples as f64),
            money(last(&b.p10)),
            money(last(&b.p90)),
            money(last(&b.p50)),
            medians.join(", ")
        ));
    }
    if let Some(moves) = moves::describe(&d.waves, d.start) {
        text.push(' ');
        text.push_str(&moves);
    }
    text
}

pub fn svg(d: &TcoData, look: &Look) -> Result<String, ChartError> {
    let months = d.series.first().map_or(0, |s| s.cumulative.len());
    if months == 0 {
        return Err(ChartError::Empty);
    }
    // With a band, the lines are medians of the sampled outcomes and the plan has its range.
    let (lines, plan_line): (&[Series], Option<&[f64]>) = match &d.band {
        Some(b) => (&b.medians, Some(&b.p50)),
        None => (
            &d.series,
            d.series
                .iter()
                .find(|s| s.strategy == Strategy::Plan)
                .map(|s| s.cumulative.as_slice()),
        ),
    };
    let highest = lines
        .iter()
        .map(total)
        .chain(d.band.as_ref().and_then(|b| b.p90.last().copied()))
        .chain(plan_line.and_then(|p| p.last().copied()))
        .chain(d.today.last().copied())
        .fold(0.0, f64::max);
    let top = nice_ceiling(highest * 1.08);
    let svg = theme::draw_svg((theme::WIDTH, theme::HEIGHT), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .margin_right(look.room_for_text(110))
            .x_label_area_size(look.room_for_text(34))
            .y_label_area_size(look.room_for_text(70))
            .build_cartesian_2d(0..months.saturating_sub(1).max(1), 0f64..top)?;
        let start = d.start;
        let every = look.month_step(months);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(months.min(120))
            .y_labels(look.ticks(6))
            .x_label_formatter(&|m| sparse_month_tick(start, *m, every))
            .y_label_formatter(&|v| money_tick(*v, &d.currency))
            .label_style(look.font(15.0))
            .draw()?;
        wave_marks::lines(&mut chart, &d.waves, top, look)?;
        // References first, so the plan is drawn on top of them. The legend is HTML beside
        // the chart: plotters sizes its own legend by measuring text through the DOM, with
        // inline styles a strict CSP blocks.
        let plan_colour = theme::strategy_style(Strategy::Plan).colour;
        if let Some(b) = &d.band {
            // The P10-P90 area: along P90, back along P10.
            let outline: Vec<(usize, f64)> = b
                .p90
                .iter()
                .copied()
                .enumerate()
                .chain(b.p10.iter().copied().enumerate().rev())
                .collect();
            chart.draw_series(std::iter::once(Polygon::new(
                outline,
                plan_colour.mix(0.16).filled(),
            )))?;
        }
        chart.draw_series(LineSeries::new(
            d.today.iter().copied().enumerate(),
            theme::MUTED.stroke_width(look.stroke(2)),
        ))?;
        for s in lines.iter().filter(|s| s.strategy != Strategy::Plan) {
            let points = s.cumulative.iter().copied().enumerate();
            chart.draw_series(LineSeries::new(
                points,
                theme::strategy_style(s.strategy)
                    .colour
                    .stroke_width(look.stroke(2)),
            ))?;
        }
        if let Some(plan) = plan_line {
            let points = plan.iter().copied().enumerate();
            chart.draw_series(LineSeries::new(points, plan_colour.stroke_width(look.stroke(4))))?;
            let last = months - 1;
            let end = plan.last().copied().unwrap_or(0.0);
            chart.draw_series(std::iter::once(Text::new(
                d.currency.format_amount(end),
                (last, end),
                look.font(14.0).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
            )))?;
        }
        wave_marks::labels(&mut chart, &d.waves, d.start, (months, top), look)?;
        Ok(())
    })?;
    // Dashed by colour: the dashed strategies' colours are used by nothing else in this chart.
    let (dash, gap) = theme::DASH;
    let svg = theme::dash_lines(&svg, &theme::MUTED, 2, 4);
    let svg = theme::dash_lines(&svg, &theme::MOVE_MARK, 4, 3);
    Ok(Strategy::ALL
        .into_iter()
        .map(theme::strategy_style)
        .filter(|style| style.dashed)
        .fold(svg, |svg, style| {
            theme::dash_lines(&svg, &style.colour, dash, gap)
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> TcoData {
        let line = |per_month: f64| (1..=24).map(|m| per_month * m as f64).collect::<Vec<_>>();
        TcoData {
            start: YearMonth { year: 2027, month: 1 },
            currency: Currency::usd(),
            series: vec![
                Series {
                    strategy: Strategy::Plan,
                    cumulative: line(30_000.0),
                },
                Series {
                    strategy: Strategy::AllAzure,
                    cumulative: line(20_000.0),
                },
                Series {
                    strategy: Strategy::AllAws,
                    cumulative: line(25_000.0),
                },
                Series {
                    strategy: Strategy::SplitByRule,
                    cumulative: line(30_000.0),
                },
            ],
            today: line(28_000.0),
            band: None,
            waves: Vec::new(),
        }
    }

    fn with_sampled_band() -> TcoData {
        let line = |per_month: f64| (1..=24).map(|m| per_month * m as f64).collect::<Vec<_>>();
        TcoData {
            band: Some(BandSeries {
                samples: 10_000,
                p10: line(25_000.0),
                p50: line(31_000.0),
                p90: line(40_000.0),
                medians: [Strategy::AllAzure, Strategy::AllAws, Strategy::SplitByRule]
                    .into_iter()
                    .map(|strategy| Series {
                        strategy,
                        cumulative: line(21_000.0),
                    })
                    .collect(),
            }),
            ..sample()
        }
    }

    #[test]
    fn a_band_is_an_area_with_the_median_on_it_and_is_described() {
        let d = with_sampled_band();
        let svg = svg(&d, &Look::SCREEN).expect("draws");
        assert!(svg.contains("<polygon"), "the P10-P90 area");
        assert!(svg.contains("$744,000"), "the plan's median at the end");
        assert!(!svg.contains("style=\""));
        let text = describe(&d);
        assert!(text.contains("Your plan $720,000"), "{text}");
        assert!(text.contains("10,000 sampled outcomes"), "{text}");
        assert!(
            text.contains("from $600,000 (P10) to $960,000 (P90), median $744,000"),
            "{text}"
        );
        assert!(text.contains("All on Azure $504,000"), "{text}");
    }

    #[test]
    fn draws_every_strategy_with_money_and_month_labels() {
        let svg = svg(&sample(), &Look::SCREEN).expect("draws");
        assert!(svg.starts_with("<svg"));
        for label in ["$720,000", "2027-01", "#0072B2"] {
            assert!(svg.contains(label), "missing {label}");
        }
        assert!(
            !svg.contains("style=\""),
            "no inline style attributes (strict CSP)"
        );
    }

    #[test]
    fn description_names_every_total() {
        let text = describe(&sample());
        assert!(text.contains("24 months from 2027-01"));
        assert!(text.contains("Your plan $720,000"));
        assert!(text.contains("All on Azure $480,000"));
        assert!(
            text.contains("staying where each workload runs today $672,000"),
            "{text}"
        );
    }

    #[test]
    fn staying_as_today_is_a_dotted_line() {
        let svg = svg(&sample(), &Look::SCREEN).expect("draws");
        assert!(
            svg.contains("stroke=\"#4B5563\" stroke-dasharray=\"2 4\""),
            "the dotted line"
        );
    }

    #[test]
    fn nothing_to_draw_is_an_error_not_a_panic() {
        let empty = TcoData {
            start: YearMonth { year: 2027, month: 1 },
            currency: Currency::usd(),
            series: Vec::new(),
            today: Vec::new(),
            band: None,
            waves: Vec::new(),
        };
        assert_eq!(svg(&empty, &Look::SCREEN), Err(ChartError::Empty));
    }
}
