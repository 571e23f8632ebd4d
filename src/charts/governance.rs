//! Governance burden per dimension, in hours a month: the plan beside the three reference
//! strategies, as grouped horizontal bars.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{self, nice_ceiling};
use super::{ChartError, Look};
use crate::engine::analysis::governance::Dimension;
use crate::engine::{Evaluation, Strategy};

#[derive(Debug, Clone, PartialEq)]
pub struct GovernanceData {
    /// Per strategy (plan first), hours a month per `Dimension::ALL`.
    pub strategies: Vec<(Strategy, [f64; 6])>,
    /// Per strategy, in the same order: the other units people feel.
    pub totals: Vec<Totals>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub setup_hours: f64,
    pub audits_per_year: u32,
    pub duplicated_audits_per_year: u32,
    pub policies_in_sync: u32,
    pub index: f64,
}

pub fn data(e: &Evaluation) -> GovernanceData {
    let strategies = e.strategies();
    GovernanceData {
        strategies: strategies
            .iter()
            .map(|s| {
                (
                    s.strategy,
                    Dimension::ALL.map(|d| s.governance.dimension(d).hours_per_month),
                )
            })
            .collect(),
        totals: strategies
            .iter()
            .map(|s| Totals {
                setup_hours: s.governance.setup_hours,
                audits_per_year: s.governance.audits_per_year,
                duplicated_audits_per_year: s.governance.duplicated_audits_per_year,
                policies_in_sync: s.governance.policies_in_sync,
                index: s.governance.index,
            })
            .collect(),
    }
}

pub fn total(hours: &[f64; 6]) -> f64 {
    hours.iter().sum()
}

pub fn describe(d: &GovernanceData) -> String {
    let parts: Vec<String> = d
        .strategies
        .iter()
        .map(|(s, h)| format!("{} {:.0} hours a month", s.label(), total(h)))
        .collect();
    format!(
        "Bar chart of governance work per dimension: {}.",
        parts.join(", ")
    )
}

pub fn svg(d: &GovernanceData, look: &Look) -> Result<String, ChartError> {
    if d.strategies.is_empty() {
        return Err(ChartError::Empty);
    }
    let rows = Dimension::ALL.len();
    let per_row = d.strategies.len() as f64;
    let top = nice_ceiling(
        d.strategies
            .iter()
            .flat_map(|(_, h)| h.iter().copied())
            .fold(0.0, f64::max)
            * 1.1,
    );
    let height = look.room_for_text(80) + look.room_for_text(60) * rows as u32;
    theme::draw_svg((theme::WIDTH, height), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .margin_right(24)
            .x_label_area_size(look.room_for_text(30))
            .y_label_area_size(look.room_for_text(170))
            .build_cartesian_2d(0f64..top, 0f64..rows as f64)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(look.ticks(6))
            .x_label_formatter(&|v| format!("{v:.0} h"))
            .y_labels(0)
            .label_style(look.font(15.0))
            .draw()?;
        // Row 0 at the top; within a row, one bar per strategy with the plan first.
        let band = 0.8 / per_row;
        for (si, (strategy, hours)) in d.strategies.iter().enumerate() {
            let c = theme::strategy_style(*strategy).colour;
            chart.draw_series(hours.iter().enumerate().map(|(row, h)| {
                let y1 = (rows - row) as f64 - 0.1 - band * si as f64;
                Rectangle::new([(0.0, y1 - band * 0.85), (*h, y1)], c.filled())
            }))?;
        }
        // Dimension names, right-aligned against the axis (SVG anchors the text: nothing measured).
        for (row, dim) in Dimension::ALL.iter().enumerate() {
            let (px, py) = chart.backend_coord(&(0.0, (rows - row) as f64 - 0.5));
            root.draw(&Text::new(
                dim.label(),
                (px - 10, py),
                look.font(15.0).pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> GovernanceData {
        let totals = Totals {
            setup_hours: 400.0,
            audits_per_year: 2,
            duplicated_audits_per_year: 1,
            policies_in_sync: 3,
            index: 40.0,
        };
        GovernanceData {
            strategies: vec![
                (Strategy::Plan, [40.0, 20.0, 60.0, 10.0, 30.0, 20.0]),
                (Strategy::AllAzure, [20.0, 10.0, 30.0, 5.0, 15.0, 10.0]),
            ],
            totals: vec![totals.clone(), totals],
        }
    }

    #[test]
    fn draws_every_dimension_and_strategy() {
        let svg = svg(&sample(), &Look::SCREEN).expect("draws");
        for label in [
            "Identity &amp; access",
            "Vendor management",
            "Compliance",
            "#0072B2",
        ] {
            assert!(svg.contains(label), "missing {label}");
        }
        assert!(!svg.contains("style=\""));
        assert!(describe(&sample()).contains("Your plan 180 hours a month"));
    }
}
