//! Migration risk as a likelihood x impact matrix: every placed workload a labelled point,
//! scenario-level risks as hollow markers; names are escaped by the SVG backend.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{self};
use super::{ChartError, Look};
use crate::engine::analysis::risk::{RiskFactor, RiskLevel};
use crate::engine::model::currency::Currency;
use crate::engine::Evaluation;

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub label: String,
    pub likelihood: u8,
    pub impact: u8,
    pub level: RiskLevel,
    /// A scenario-level risk rather than a workload's.
    pub scenario_level: bool,
    /// What drives it: worded only where shown (`driver_words`), not on every redraw.
    pub driver: Option<RiskFactor>,
}

impl Point {
    /// What drives the risk, in words; empty when nothing does.
    pub fn driver_words(&self, currency: &Currency) -> String {
        self.driver
            .as_ref()
            .map(|f| f.reason(currency))
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RiskData {
    pub points: Vec<Point>,
}

pub fn data(
    e: &Evaluation,
    name_of: impl Fn(crate::engine::model::scenario::WorkloadId) -> String,
) -> RiskData {
    let risk = &e.plan.risk;
    let point = |r: &crate::engine::analysis::risk::Risk, label: String, scenario_level: bool| Point {
        label,
        likelihood: r.likelihood,
        impact: r.impact,
        level: r.level,
        scenario_level,
        driver: r.driver().cloned(),
    };
    let mut points: Vec<Point> = risk
        .workloads
        .iter()
        .map(|r| point(r, r.workload.map(&name_of).unwrap_or_default(), false))
        .collect();
    points.extend(risk.scenario.iter().map(|r| {
        point(
            r,
            r.driver().map_or("Scenario", |f| f.kind.label()).to_owned(),
            true,
        )
    }));
    RiskData { points }
}

fn colour(level: RiskLevel) -> RGBColor {
    match level {
        RiskLevel::Low => theme::GREEN,
        RiskLevel::Medium => theme::AWS,
        RiskLevel::High => theme::VERMILION,
        RiskLevel::Critical => RGBColor(153, 27, 27),
    }
}

pub fn describe(d: &RiskData) -> String {
    if d.points.is_empty() {
        return "Risk matrix: no risks yet; place workloads on the board.".to_owned();
    }
    let mut sorted: Vec<&Point> = d.points.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(u16::from(p.likelihood) * u16::from(p.impact)));
    let parts: Vec<String> = sorted
        .iter()
        .take(5)
        .map(|p| {
            format!(
                "{} likelihood {} impact {} ({})",
                p.label,
                p.likelihood,
                p.impact,
                p.level.label()
            )
        })
        .collect();
    format!(
        "Risk matrix of likelihood by impact, {} risks; highest: {}.",
        d.points.len(),
        parts.join("; ")
    )
}

/// Labelled points per cell: four rows fill a cell at this chart's size.
const MAX_PER_CELL: usize = 3;

/// A short label for a point: long names are cut so the matrix stays readable.
fn short(label: &str) -> String {
    const KEEP: usize = 22;
    if label.chars().count() <= KEEP {
        label.to_owned()
    } else {
        format!("{}…", label.chars().take(KEEP).collect::<String>())
    }
}

pub fn svg(d: &RiskData, look: &Look) -> Result<String, ChartError> {
    theme::draw_svg((theme::WIDTH, look.room_for_text(420)), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .x_label_area_size(look.room_for_text(40))
            .y_label_area_size(look.room_for_text(50))
            .build_cartesian_2d(0.5f64..5.5, 0.5f64..5.5)?;
        // Shaded bands: the product likelihood x impact, darker where it is higher.
        for l in 1..=5u8 {
            for i in 1..=5u8 {
                let shade = f64::from(l * i) / 25.0;
                let c = RGBColor(255, (245.0 - 90.0 * shade) as u8, (235.0 - 150.0 * shade) as u8);
                chart.draw_series(std::iter::once(Rectangle::new(
                    [
                        (f64::from(l) - 0.5, f64::from(i) - 0.5),
                        (f64::from(l) + 0.5, f64::from(i) + 0.5),
                    ],
                    c.filled(),
                )))?;
            }
        }
        chart
            .configure_mesh()
            .disable_mesh()
            .axis_style(theme::AXIS)
            .x_labels(5)
            .y_labels(5)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_label_formatter(&|v| format!("{v:.0}"))
            .x_desc("Likelihood")
            .y_desc("Impact")
            .axis_desc_style(look.font(15.0))
            .label_style(look.font(14.0))
            .draw()?;
        // Points that share a cell fan out so their labels do not sit on each other; a cell
        // shows at most MAX_PER_CELL (scenario-level risks first) and counts the rest, which
        // the table view lists. Without the cap a large board stacked dozens of labels past
        // the cell's edge.
        let mut cells = std::collections::BTreeMap::<(u8, u8), Vec<&Point>>::new();
        for p in &d.points {
            cells.entry((p.likelihood, p.impact)).or_default().push(p);
        }
        for ((likelihood, impact), mut points) in cells {
            points.sort_by_key(|p| !p.scenario_level);
            let at = |row: usize| {
                (
                    f64::from(likelihood) - 0.35,
                    f64::from(impact) + 0.35 - row as f64 * 0.17,
                )
            };
            for (row, p) in points.iter().take(MAX_PER_CELL).enumerate() {
                let c = colour(p.level);
                let marker = if p.scenario_level {
                    c.stroke_width(look.stroke(3))
                } else {
                    c.filled()
                };
                chart.draw_series(std::iter::once(
                    EmptyElement::at(at(row))
                        + Circle::new((0, 0), look.marker(6), marker)
                        + Text::new(
                            short(&p.label),
                            (look.marker(10), 0),
                            look.font(13.0).pos(Pos::new(HPos::Left, VPos::Center)),
                        ),
                ))?;
            }
            let more = points.len().saturating_sub(MAX_PER_CELL);
            if more > 0 {
                chart.draw_series(std::iter::once(Text::new(
                    format!("+{more} more"),
                    at(MAX_PER_CELL),
                    look.font(13.0).pos(Pos::new(HPos::Left, VPos::Center)),
                )))?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analysis::risk::{FactorKind, RiskWhen};
    use crate::engine::model::scenario::Criticality;

    fn point(label: &str, l: u8, i: u8) -> Point {
        Point {
            label: label.to_owned(),
            likelihood: l,
            impact: i,
            level: RiskLevel::High,
            scenario_level: false,
            driver: None,
        }
    }

    #[test]
    fn a_point_words_its_driver_only_when_asked() {
        let mut p = point("Chatbot", 2, 3);
        assert_eq!(p.driver_words(&Currency::usd()), "");
        p.driver = Some(RiskFactor {
            kind: FactorKind::Criticality {
                level: Criticality::High,
            },
            likelihood: 0.0,
            impact: 3.0,
            when: RiskWhen::Throughout,
        });
        assert_eq!(
            p.driver_words(&Currency::usd()),
            "High criticality sets the impact."
        );
    }

    #[test]
    fn names_are_escaped_and_shortened() {
        let d = RiskData {
            points: vec![point("<script>alert(1)</script>", 4, 4), point("Chatbot", 1, 2)],
        };
        let svg = svg(&d, &Look::SCREEN).expect("draws");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/scri…"));
        assert!(svg.contains("Chatbot"));
        assert!(!svg.contains("style=\""));
        assert!(describe(&d).starts_with("Risk matrix of likelihood by impact, 2 risks; highest: <script>"));
    }

    #[test]
    fn a_crowded_cell_labels_three_points_and_counts_the_rest() {
        let mut points: Vec<Point> = (1..=12).map(|n| point(&format!("Workload {n}"), 3, 3)).collect();
        points.push(Point {
            scenario_level: true,
            ..point("Contracts", 3, 3)
        });
        let svg = svg(&RiskData { points }, &Look::SCREEN).expect("draws");
        assert!(svg.contains("Contracts"), "scenario-level risks come first");
        assert!(svg.contains("Workload 1<") || svg.contains("Workload 1\n"));
        assert!(svg.contains("Workload 2"));
        assert!(!svg.contains("Workload 3"), "only three labels in the cell");
        assert!(svg.contains("+10 more"));
        assert_eq!(svg.matches("<circle").count(), 3);
    }
}
