//! The plan's waves on the TCO chart: a dashed vertical line at each month workloads change
//! place, with a short label along the top. Labels take one of two rows; a label that fits
//! in neither is left off (its line stays, and the description names every wave), so a busy
//! plan does not become a pile of overlapping text.

use plotters::coord::types::{RangedCoordf64, RangedCoordusize};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::charts::moves::Wave;
use crate::charts::theme;
use crate::charts::{ChartError, Look};
use crate::engine::model::scenario::YearMonth;

type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordusize, RangedCoordf64>>;

/// Rows of labels along the top of the plot.
const ROWS: usize = 2;
const FONT: f64 = 13.0;
/// Pixels between a line and its label.
const GAP: f64 = 4.0;

/// The lines, drawn under the cost lines so those stay readable.
pub fn lines(chart: &mut Chart<'_, '_>, waves: &[Wave], top: f64, look: &Look) -> Result<(), ChartError> {
    for w in waves {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(w.month, 0.0), (w.month, top)],
            theme::MOVE_MARK.stroke_width(look.stroke(1)),
        )))?;
    }
    Ok(())
}

/// The labels, drawn last so no line crosses them.
pub fn labels(
    chart: &mut Chart<'_, '_>,
    waves: &[Wave],
    start: YearMonth,
    (months, top): (usize, f64),
    look: &Look,
) -> Result<(), ChartError> {
    let texts: Vec<String> = waves.iter().map(|w| w.label(start)).collect();
    let rows = layout(waves, &texts, months, look);
    let row_height = top * look.text_size(FONT) * 1.4 / plot_height(look);
    for ((w, text), row) in waves.iter().zip(texts).zip(rows) {
        let Some(row) = row else { continue };
        let left = !right_half(w.month, months);
        let (anchor, dx) = if left {
            (HPos::Left, GAP)
        } else {
            (HPos::Right, -GAP)
        };
        let y = top - row as f64 * row_height;
        chart.draw_series(std::iter::once(
            EmptyElement::at((w.month, y))
                + Text::new(
                    text,
                    (dx.round() as i32, 2),
                    look.muted_font(FONT).pos(Pos::new(anchor, VPos::Top)),
                ),
        ))?;
    }
    Ok(())
}

/// Labels in the right part of the plot read leftwards from their line, so none runs off
/// the plot into the plan's total.
fn right_half(month: usize, months: usize) -> bool {
    month as f64 > months.saturating_sub(1) as f64 * 0.55
}

/// The plot's size in pixels, from the margins the chart sets (see `svg`).
fn plot_width(look: &Look) -> f64 {
    f64::from(theme::WIDTH) - 14.0 - f64::from(look.room_for_text(110) + look.room_for_text(70))
}

fn plot_height(look: &Look) -> f64 {
    f64::from(theme::HEIGHT) - 28.0 - f64::from(look.room_for_text(34))
}

/// The row each wave's label goes in, None where it fits in no row. Text widths are
/// estimated (plotters measures no text in its SVG backend), generously.
fn layout(waves: &[Wave], texts: &[String], months: usize, look: &Look) -> Vec<Option<usize>> {
    let per_month = plot_width(look) / months.saturating_sub(1).max(1) as f64;
    let mut taken: [Vec<(f64, f64)>; ROWS] = Default::default();
    waves
        .iter()
        .zip(texts)
        .map(|(w, text)| {
            let x = w.month as f64 * per_month;
            let width = GAP + text.chars().count() as f64 * look.text_size(FONT) * 0.6;
            let span = if right_half(w.month, months) {
                (x - width, x)
            } else {
                (x, x + width)
            };
            let row = taken
                .iter()
                .position(|row| row.iter().all(|t| span.1 + GAP < t.0 || t.1 + GAP < span.0))?;
            taken[row].push(span);
            Some(row)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::moves::Moved;
    use crate::engine::analysis::moves::Shift;
    use crate::engine::model::scenario::Placement;

    fn wave(month: usize) -> Wave {
        Wave {
            month,
            moved: vec![Moved {
                name: "Agents".to_owned(),
                to: Placement::Aws,
                shift: Shift::Moves,
            }],
        }
    }

    fn rows(months: &[usize], look: &Look) -> Vec<Option<usize>> {
        let start = YearMonth { year: 2027, month: 1 };
        let waves: Vec<Wave> = months.iter().map(|m| wave(*m)).collect();
        let texts: Vec<String> = waves.iter().map(|w| w.label(start)).collect();
        layout(&waves, &texts, 36, look)
    }

    /// "2027-07 Agents" is 14 characters, about 113 px on a screen: on a 36-month plot of
    /// about 566 px a month is 16 px, so labels two months apart collide and a third close
    /// one finds no row.
    #[test]
    fn close_labels_take_the_second_row_then_are_left_off() {
        assert_eq!(rows(&[3, 5, 7], &Look::SCREEN), [Some(0), Some(1), None]);
        assert_eq!(rows(&[3, 12, 30], &Look::SCREEN), [Some(0), Some(0), Some(0)]);
    }

    #[test]
    fn the_room_look_spaces_its_bigger_labels_wider() {
        assert_eq!(rows(&[3, 11], &Look::SCREEN), [Some(0), Some(0)]);
        assert_eq!(rows(&[3, 11], &Look::ROOM), [Some(0), Some(1)]);
    }
}
