//! The dated events that shape the plan, on their tracks across the plan's horizon, with the
//! plan's own moves among them so a wave reads beside the date it waits for; events outside
//! the horizon are drawn at its edges with their dates.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::moves;
use super::theme::{self, sparse_month_tick_at};
use super::{ChartError, Look};
use crate::engine::analysis::timeline::{Event, Track};
use crate::engine::model::scenario::{WorkloadId, YearMonth};
use crate::engine::Evaluation;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineData {
    pub start: YearMonth,
    pub months: usize,
    pub events: Vec<Event>,
}

/// `name_of` names a workload in its moves.
pub fn data(e: &Evaluation, name_of: impl Fn(WorkloadId) -> String) -> TimelineData {
    let mut events = crate::engine::analysis::timeline::events(&e.assumptions, e.start);
    events.extend(move_events(e, name_of));
    // Stable, and by track within a month: a move sits under the date it waited for.
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.track.cmp(&b.track)));
    TimelineData {
        start: e.start,
        months: e.horizon_months,
        events,
    }
}

fn swatch(track: Track) -> &'static str {
    match track {
        Track::Contracts => "swatch-contracts",
        Track::AwsAvailability => "swatch-aws",
        Track::Capacity => "swatch-capacity",
        Track::Moves => "swatch-plan",
    }
}

/// One event per workload changing place, in the month the plan was priced with.
fn move_events(e: &Evaluation, name_of: impl Fn(WorkloadId) -> String) -> Vec<Event> {
    moves::waves(e, name_of)
        .into_iter()
        .flat_map(|w| {
            let date = e.start.plus_months(w.month as i64);
            w.moved.into_iter().map(move |m| Event {
                date,
                track: Track::Moves,
                label: m.words(e.start),
                source: "your plan, as priced",
                assumption: None,
            })
        })
        .collect()
}

impl TimelineData {
    /// The tracks drawn, as `(label, swatch class)` for the HTML legend: "Your moves" only
    /// when the plan moves something.
    pub fn legend(&self) -> Vec<(&'static str, &'static str)> {
        Track::ALL
            .into_iter()
            .filter(|&t| self.events.iter().any(|e| e.track == t))
            .map(|t| (t.label(), swatch(t)))
            .collect()
    }

    pub fn end(&self) -> YearMonth {
        self.start.plus_months(self.months as i64 - 1)
    }

    /// Whether an event falls inside the plan's horizon.
    pub fn in_horizon(&self, e: &Event) -> bool {
        e.date >= self.start && e.date <= self.end()
    }
}

fn colour(t: Track) -> RGBColor {
    match t {
        Track::Contracts => theme::VERMILION,
        Track::AwsAvailability => theme::AWS,
        Track::Capacity => theme::GREEN,
        Track::Moves => theme::strategy_style(crate::engine::Strategy::Plan).colour,
    }
}

pub fn describe(d: &TimelineData) -> String {
    let inside: Vec<String> = d
        .events
        .iter()
        .filter(|e| d.in_horizon(e))
        .map(|e| format!("{} {}", e.date, e.label))
        .collect();
    format!(
        "Timeline from {} to {}: {}.",
        d.start,
        d.end(),
        if inside.is_empty() {
            "no dated event falls inside the plan".to_owned()
        } else {
            inside.join("; ")
        }
    )
}

pub fn svg(d: &TimelineData, look: &Look) -> Result<String, ChartError> {
    if d.months == 0 {
        return Err(ChartError::Empty);
    }
    let last = d.months as i64 - 1;
    let height = look.room_for_text(120) + look.room_for_text(30) * d.events.len() as u32;
    theme::draw_svg((theme::WIDTH, height), |root| {
        let rows = d.events.len() as f64;
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .x_label_area_size(look.room_for_text(30))
            .y_label_area_size(8)
            .build_cartesian_2d(-0.5f64..last as f64 + 0.5, -0.5f64..rows)?;
        let start = d.start;
        let every = look.month_step(d.months);
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_x_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(d.months.min(100))
            .x_label_formatter(&|m| sparse_month_tick_at(start, *m, every))
            .y_labels(0)
            .label_style(look.font(14.0))
            .draw()?;
        for (row, e) in d.events.iter().enumerate() {
            let y = rows - 1.0 - row as f64;
            let offset = d.start.months_until(e.date);
            let x = offset.clamp(0, last) as f64;
            let c = colour(e.track);
            let outside = !d.in_horizon(e);
            let marker = if outside { c.mix(0.45).filled() } else { c.filled() };
            chart.draw_series(std::iter::once(Circle::new((x, y), look.marker(6), marker)))?;
            let text = if outside {
                let side = if offset < 0 {
                    "before the plan"
                } else {
                    "after the plan"
                };
                format!("{} {} ({side})", e.date, e.label)
            } else {
                format!("{} {}", e.date, e.label)
            };
            let right_half = x > last as f64 * 0.55;
            let anchor = if right_half { HPos::Right } else { HPos::Left };
            let dx = if right_half { -0.012 } else { 0.012 } * (last as f64 + 1.0);
            let style = if outside {
                look.muted_font(14.0)
            } else {
                look.font(14.0)
            };
            chart.draw_series(std::iter::once(Text::new(
                text,
                (x + dx, y),
                style.pos(Pos::new(anchor, VPos::Center)),
            )))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::assumptions::Assumptions;

    fn sample() -> TimelineData {
        let start = YearMonth { year: 2027, month: 1 };
        TimelineData {
            start,
            months: 36,
            events: crate::engine::analysis::timeline::events(&Assumptions::defaults(), start),
        }
    }

    #[test]
    fn draws_events_inside_and_marks_those_outside() {
        let d = sample();
        let svg = svg(&d, &Look::SCREEN).expect("draws");
        assert!(svg.contains("Trainium4"));
        assert!(
            svg.contains("after the plan"),
            "2030 and 2032 fall after a 2027-2029 plan"
        );
        assert!(svg.contains("before the plan"), "2026 events fall before it");
        assert!(describe(&d).starts_with("Timeline from 2027-01 to 2029-12"));
    }

    #[test]
    fn the_legend_lists_your_moves_only_when_the_plan_moves() {
        let mut d = sample();
        let labels = |d: &TimelineData| d.legend().into_iter().map(|(l, _)| l).collect::<Vec<_>>();
        assert_eq!(labels(&d), ["Contracts", "On AWS", "Capacity"]);
        d.events.push(Event {
            date: d.start.plus_months(6),
            track: Track::Moves,
            label: "Agents move to AWS".into(),
            source: "your plan, as priced",
            assumption: None,
        });
        assert_eq!(labels(&d), ["Contracts", "On AWS", "Capacity", "Your moves"]);
    }
}
