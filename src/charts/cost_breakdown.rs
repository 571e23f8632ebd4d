//! Where the money goes: the plan's horizon cost per component, stacked by cloud.

use plotters::prelude::*;

use super::theme::{self, money_tick, nice_ceiling};
use super::{ChartError, Look};
use crate::engine::model::currency::Currency;
use crate::engine::{Component, CostCloud, Evaluation};

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub component: Component,
    /// Horizon cost per `CostCloud::ALL`.
    pub by_cloud: [f64; 3],
}

impl Row {
    pub fn total(&self) -> f64 {
        self.by_cloud.iter().sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
/// Amounts are in `currency` (converted from the engine's dollars here).
pub struct BreakdownData {
    pub years: usize,
    pub currency: Currency,
    pub rows: Vec<Row>,
}

pub fn data(e: &Evaluation) -> BreakdownData {
    let rows = Component::ALL
        .into_iter()
        .map(|component| Row {
            component,
            by_cloud: CostCloud::ALL.map(|c| {
                e.plan
                    .cost
                    .cell(component, c)
                    .map_or(0.0, |cell| e.currency.from_usd(cell.total))
            }),
        })
        .filter(|r| r.total() > 0.0)
        .collect();
    BreakdownData {
        years: e.horizon_years(),
        currency: e.currency.clone(),
        rows,
    }
}

pub fn describe(d: &BreakdownData) -> String {
    if d.rows.is_empty() {
        return "Bar chart of the plan's cost by component: no cost yet.".to_owned();
    }
    let parts: Vec<String> = d
        .rows
        .iter()
        .map(|r| format!("{} {}", r.component.label(), d.currency.format_amount(r.total())))
        .collect();
    format!(
        "Bar chart of the plan's {}-year cost by component, split by cloud: {}.",
        d.years,
        parts.join(", ")
    )
}

pub fn svg(d: &BreakdownData, look: &Look) -> Result<String, ChartError> {
    if d.rows.is_empty() {
        return Err(ChartError::Empty);
    }
    let n = d.rows.len();
    let top = nice_ceiling(d.rows.iter().map(Row::total).fold(0.0, f64::max) * 1.05);
    let height = (look.room_for_text(70) + look.room_for_text(38) * n as u32).max(200);
    theme::draw_svg((theme::WIDTH, height), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .margin_right(24)
            .x_label_area_size(look.room_for_text(30))
            .y_label_area_size(look.room_for_text(230))
            // A segmented range of 0..k has k + 1 segments.
            .build_cartesian_2d(0f64..top, (0..n - 1).into_segmented())?;
        let labels: Vec<&'static str> = d.rows.iter().map(|r| r.component.label()).collect();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(look.ticks(6))
            .x_label_formatter(&|v| money_tick(*v, &d.currency))
            .y_labels(n)
            .y_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => labels.get(*i).copied().unwrap_or_default().to_owned(),
                _ => String::new(),
            })
            .label_style(look.font(15.0))
            .draw()?;
        for (ci, cloud) in CostCloud::ALL.into_iter().enumerate() {
            let c = theme::cloud_style(cloud).colour;
            let bars = d
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| r.by_cloud[ci] > 0.0)
                .map(move |(i, r)| {
                    let x0: f64 = r.by_cloud[..ci].iter().sum();
                    let x1 = x0 + r.by_cloud[ci];
                    let mut bar = Rectangle::new(
                        [(x0, SegmentValue::Exact(i)), (x1, SegmentValue::Exact(i + 1))],
                        c.filled(),
                    );
                    bar.set_margin(6, 6, 0, 0);
                    bar
                });
            chart.draw_series(bars)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> BreakdownData {
        BreakdownData {
            years: 3,
            currency: Currency::usd(),
            rows: vec![
                Row {
                    component: Component::Tokens,
                    by_cloud: [200_000.0, 50_000.0, 0.0],
                },
                Row {
                    component: Component::People,
                    by_cloud: [0.0, 0.0, 558_000.0],
                },
            ],
        }
    }

    #[test]
    fn draws_components_and_clouds() {
        let svg = svg(&sample(), &Look::SCREEN).expect("draws");
        for label in ["Inference tokens", "Multi-cloud people", "#0072B2", "#CC79A7"] {
            assert!(svg.contains(label), "missing {label}");
        }
        assert!(!svg.contains("style=\""));
    }

    #[test]
    fn describes_totals_and_refuses_empty() {
        assert!(describe(&sample()).contains("Inference tokens $250,000"));
        let empty = BreakdownData {
            years: 3,
            currency: Currency::usd(),
            rows: Vec::new(),
        };
        assert_eq!(svg(&empty, &Look::SCREEN), Err(ChartError::Empty));
        assert!(describe(&empty).contains("no cost yet"));
    }
}
