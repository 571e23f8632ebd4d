//! The plan's risk exposure month by month: the scores of the risks in force each month,
//! summed, as one step line, with the months of the moves marked so the room sees where
//! migration risk sits and how long a wait lasts.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{self, nice_ceiling, sparse_month_tick_at};
use super::{ChartError, Look};
use crate::engine::model::scenario::YearMonth;
use crate::engine::{Evaluation, Strategy};

#[derive(Debug, Clone, PartialEq)]
pub struct RiskOverTimeData {
    /// Month 0.
    pub start: YearMonth,
    /// Per month of the plan, the sum of its risks' scores in force then.
    pub exposure: Vec<u32>,
    /// The months a move's risk sits at, ascending.
    pub moves: Vec<usize>,
}

pub fn data(e: &Evaluation) -> RiskOverTimeData {
    RiskOverTimeData {
        start: e.start,
        exposure: e.plan.risk.exposure_by_month(e.horizon_months),
        moves: e.plan.risk.move_months(),
    }
}

impl RiskOverTimeData {
    /// `(label, swatch class)` for the HTML legend: "A move" only when there is one.
    pub fn legend(&self) -> Vec<(&'static str, &'static str)> {
        let mut legend = vec![(
            "Your plan's risk exposure: the scores of the risks in force each month",
            "swatch-plan",
        )];
        if !self.moves.is_empty() {
            legend.push(("A move", "swatch-move"));
        }
        legend
    }

    fn month(&self, i: usize) -> YearMonth {
        self.start.plus_months(i as i64)
    }

    /// The highest month, the first one on ties.
    fn peak(&self) -> Option<(usize, u32)> {
        self.exposure
            .iter()
            .enumerate()
            .fold(None, |best: Option<(usize, u32)>, (i, &v)| match best {
                Some((_, b)) if b >= v => best,
                _ => Some((i, v)),
            })
    }
}

pub fn describe(d: &RiskOverTimeData) -> String {
    let (Some(first), Some(last), Some((peak_at, peak))) = (d.exposure.first(), d.exposure.last(), d.peak())
    else {
        return String::new();
    };
    let moves = if d.moves.is_empty() {
        "no move".to_owned()
    } else {
        let months: Vec<String> = d.moves.iter().map(|&m| d.month(m).to_string()).collect();
        format!("moves in {}", months.join(", "))
    };
    format!(
        "Step chart of {}'s risk exposure by month, the sum of the scores of the risks in force: {first} in {}, \
         highest {peak} in {}, {last} in {}; {moves}.",
        Strategy::Plan.label().to_lowercase(),
        d.month(0),
        d.month(peak_at),
        d.month(d.exposure.len() - 1),
    )
}

/// The step line's corners: each month drawn as a flat step one month wide.
fn steps(exposure: &[u32]) -> Vec<(f64, f64)> {
    exposure
        .iter()
        .enumerate()
        .flat_map(|(m, &v)| [(m as f64 - 0.5, f64::from(v)), (m as f64 + 0.5, f64::from(v))])
        .collect()
}

/// Moves far enough apart to label each, in months (closer ones share the first label).
const LABEL_GAP: usize = 4;

pub fn svg(d: &RiskOverTimeData, look: &Look) -> Result<String, ChartError> {
    if d.exposure.is_empty() {
        return Err(ChartError::Empty);
    }
    let months = d.exposure.len();
    let top = nice_ceiling(f64::from(d.peak().map_or(1, |(_, v)| v)) * 1.2);
    let height = look.room_for_text(theme::HEIGHT - 60);
    theme::draw_svg((theme::WIDTH, height), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .margin_top(look.room_for_text(28))
            .x_label_area_size(look.room_for_text(30))
            .y_label_area_size(look.room_for_text(44))
            .build_cartesian_2d(-0.5f64..months as f64 - 0.5, 0f64..top)?;
        let (start, every) = (d.start, look.month_step(months));
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(months.min(100))
            .x_label_formatter(&|m| sparse_month_tick_at(start, *m, every))
            .y_labels(look.ticks(5))
            .y_label_formatter(&|v| format!("{v:.0}"))
            .label_style(look.font(14.0))
            .draw()?;
        let mut last_label: Option<usize> = None;
        for &m in &d.moves {
            let x = m as f64;
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(x, 0.0), (x, top)],
                theme::MUTED.stroke_width(look.stroke(1)),
            )))?;
            if last_label.is_some_and(|l| m < l + LABEL_GAP) {
                continue;
            }
            last_label = Some(m);
            let (px, py) = chart.backend_coord(&(x, top));
            root.draw(&Text::new(
                format!("Move {}", d.month(m)),
                (px + 4, py - 4),
                look.muted_font(13.0).pos(Pos::new(HPos::Left, VPos::Bottom)),
            ))?;
        }
        let plan = theme::strategy_style(Strategy::Plan).colour;
        chart.draw_series(LineSeries::new(
            steps(&d.exposure),
            plan.stroke_width(look.stroke(3)),
        ))?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> RiskOverTimeData {
        let mut exposure = vec![20; 12];
        exposure[3] = 31;
        RiskOverTimeData {
            start: YearMonth { year: 2026, month: 6 },
            exposure,
            moves: vec![3, 5],
        }
    }

    #[test]
    fn draws_the_line_and_names_the_moves() {
        let d = sample();
        let svg = svg(&d, &Look::SCREEN).expect("draws");
        assert!(svg.contains("Move 2026-09"));
        assert!(
            !svg.contains("Move 2026-11"),
            "a move two months later shares the label"
        );
        assert!(!svg.contains("style=\""));
        assert_eq!(
            describe(&d),
            "Step chart of your plan's risk exposure by month, the sum of the scores of the risks in force: \
             20 in 2026-06, highest 31 in 2026-09, 20 in 2027-05; moves in 2026-09, 2026-11."
        );
    }

    #[test]
    fn nothing_placed_draws_nothing() {
        let d = RiskOverTimeData {
            exposure: Vec::new(),
            moves: Vec::new(),
            ..sample()
        };
        assert_eq!(svg(&d, &Look::SCREEN), Err(ChartError::Empty));
        assert_eq!(describe(&d), "");
    }

    #[test]
    fn steps_are_a_month_wide() {
        assert_eq!(
            steps(&[1, 2]),
            vec![(-0.5, 1.0), (0.5, 1.0), (0.5, 2.0), (1.5, 2.0)]
        );
    }

    #[test]
    fn the_legend_names_a_move_only_when_there_is_one() {
        let mut d = sample();
        assert_eq!(d.legend().len(), 2);
        d.moves.clear();
        assert_eq!(
            d.legend().iter().map(|(_, class)| *class).collect::<Vec<_>>(),
            ["swatch-plan"]
        );
    }
}
