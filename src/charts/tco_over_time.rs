//! Cumulative cost by month: the plan (emphasised, its horizon total labelled) against
//! all-Azure, all-AWS and split-by-rule.

use plotters::prelude::*;

use super::theme::{self, font, money_tick, nice_ceiling, sparse_month_tick};
use super::ChartError;
use crate::engine::money::format_usd;
use crate::engine::scenario::YearMonth;
use crate::engine::{Evaluation, Strategy};

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub strategy: Strategy,
    pub cumulative: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TcoData {
    pub start: YearMonth,
    pub series: Vec<Series>,
}

pub fn data(e: &Evaluation) -> TcoData {
    TcoData {
        start: e.start,
        series: e
            .strategies()
            .into_iter()
            .map(|s| Series {
                strategy: s.strategy,
                cumulative: s.cumulative.clone(),
            })
            .collect(),
    }
}

fn colour(s: Strategy) -> RGBColor {
    match s {
        Strategy::Plan => theme::TEXT,
        Strategy::AllAzure => theme::AZURE,
        Strategy::AllAws => theme::AWS,
        Strategy::SplitByRule => theme::BOTH,
    }
}

fn total(s: &Series) -> f64 {
    s.cumulative.last().copied().unwrap_or(0.0)
}

/// The text a screen reader hears instead of the picture.
pub fn describe(d: &TcoData) -> String {
    let months = d.series.first().map_or(0, |s| s.cumulative.len());
    let parts: Vec<String> = d
        .series
        .iter()
        .map(|s| format!("{} {}", s.strategy.label(), format_usd(total(s))))
        .collect();
    format!(
        "Line chart of cumulative cost over {months} months from {}: {}.",
        d.start,
        parts.join(", ")
    )
}

pub fn svg(d: &TcoData) -> Result<String, ChartError> {
    let months = d.series.first().map_or(0, |s| s.cumulative.len());
    if months == 0 {
        return Err(ChartError::Empty);
    }
    let top = nice_ceiling(d.series.iter().map(total).fold(0.0, f64::max) * 1.08);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (theme::WIDTH, theme::HEIGHT)).into_drawing_area();
        root.fill(&theme::BACKGROUND)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(14)
            .margin_right(110)
            .x_label_area_size(34)
            .y_label_area_size(70)
            .build_cartesian_2d(0..months.saturating_sub(1).max(1), 0f64..top)?;
        let start = d.start;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(months.min(120))
            .y_labels(6)
            .x_label_formatter(&|m| sparse_month_tick(start, *m, months))
            .y_label_formatter(&|v| money_tick(*v))
            .label_style(font(15.0))
            .draw()?;
        // References first, so the plan is drawn on top of them. The legend is HTML beside
        // the chart: plotters sizes its own legend by measuring text through the DOM, with
        // inline styles a strict CSP blocks.
        for s in d.series.iter().filter(|s| s.strategy != Strategy::Plan) {
            let points = s.cumulative.iter().copied().enumerate();
            chart.draw_series(DashedLineSeries::new(
                points,
                7,
                5,
                colour(s.strategy).stroke_width(2),
            ))?;
        }
        if let Some(plan) = d.series.iter().find(|s| s.strategy == Strategy::Plan) {
            let points = plan.cumulative.iter().copied().enumerate();
            chart.draw_series(LineSeries::new(points, theme::TEXT.stroke_width(4)))?;
        }
        if let Some(plan) = d.series.iter().find(|s| s.strategy == Strategy::Plan) {
            let last = months - 1;
            chart.draw_series(std::iter::once(Text::new(
                format_usd(total(plan)),
                (last, total(plan)),
                font(14.0).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
            )))?;
        }
        root.present()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> TcoData {
        let line = |per_month: f64| (1..=24).map(|m| per_month * m as f64).collect::<Vec<_>>();
        TcoData {
            start: YearMonth { year: 2027, month: 1 },
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
        }
    }

    #[test]
    fn draws_every_strategy_with_money_and_month_labels() {
        let svg = svg(&sample()).expect("draws");
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
    }

    #[test]
    fn nothing_to_draw_is_an_error_not_a_panic() {
        let empty = TcoData {
            start: YearMonth { year: 2027, month: 1 },
            series: Vec::new(),
        };
        assert_eq!(svg(&empty), Err(ChartError::Empty));
    }
}
