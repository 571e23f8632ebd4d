//! What moves the answer: one bar per assumption, from the plan's horizon cost with the
//! assumption at the low end of its range to the cost at the high end, widest at the top,
//! around a line at the cost with every assumption at its most likely value.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{self, font, money_tick, muted_font};
use super::ChartError;
use crate::engine::assumptions::ValueKind;
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::uncertainty::Tornado;

/// Bars drawn; the table lists the same.
pub const MAX_BARS: usize = 10;
const LABEL_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: String,
    pub label: String,
    /// The assumption's low and high ends, as the assumptions table writes them.
    pub low: String,
    pub high: String,
    /// Empty for dates.
    pub unit: &'static str,
    /// The plan's horizon cost at the low and at the high end.
    pub at_low: f64,
    pub at_high: f64,
}

impl Bar {
    pub fn swing(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TornadoData {
    pub years: usize,
    /// The plan's horizon cost at the most likely values.
    pub base: f64,
    pub bars: Vec<Bar>,
}

pub fn data(t: &Tornado, years: usize) -> TornadoData {
    TornadoData {
        years,
        base: t.base,
        bars: t
            .swings
            .iter()
            .take(MAX_BARS)
            .map(|s| {
                let a = s.assumption;
                let value = |v: f64| match a.kind {
                    ValueKind::Number if v.abs() >= 1000.0 => format_number(v),
                    _ => a.display_value(v),
                };
                let dated = matches!(a.kind, ValueKind::YearMonth | ValueKind::YearMonthOrNever);
                Bar {
                    id: a.id.clone(),
                    label: a.label.clone(),
                    low: value(s.low),
                    high: value(s.high),
                    unit: if dated { "" } else { a.unit },
                    at_low: s.at_low,
                    at_high: s.at_high,
                }
            })
            .collect(),
    }
}

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn phrase(b: &Bar) -> String {
    let unit = if b.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", b.unit)
    };
    format!(
        "{} ({} to {}{unit}: {} to {})",
        b.label,
        b.low,
        b.high,
        format_usd(b.at_low),
        format_usd(b.at_high)
    )
}

/// The top three, in words, for under the chart.
pub fn top_three(d: &TornadoData) -> String {
    let named: Vec<String> = d.bars.iter().take(3).map(phrase).collect();
    let list = match named.as_slice() {
        [] => {
            return "No assumption with a range moves your plan's cost. Place workloads, or give an \
                    assumption a range in the assumptions table."
                .to_owned()
        }
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [first, second, rest @ ..] => format!("{first}, {second} and {}", rest.join(", ")),
    };
    format!("What moves your plan's {}-year cost most: {list}.", d.years)
}

/// The text a screen reader hears instead of the picture.
pub fn describe(d: &TornadoData) -> String {
    if d.bars.is_empty() {
        return "Tornado chart: no assumption with a range moves your plan's cost.".to_owned();
    }
    let rows: Vec<String> = d.bars.iter().map(phrase).collect();
    format!(
        "Tornado chart of your plan's {}-year cost, {} at the most likely values, with one assumption at a \
         time moved from the low to the high end of its range, widest swing first: {}.",
        d.years,
        format_usd(d.base),
        rows.join("; ")
    )
}

pub fn svg(d: &TornadoData) -> Result<String, ChartError> {
    if d.bars.is_empty() {
        return Err(ChartError::Empty);
    }
    let rows = d.bars.len();
    let (lowest, highest) = d
        .bars
        .iter()
        .flat_map(|b| [b.at_low, b.at_high])
        .chain([d.base])
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let pad = ((highest - lowest) * 0.08).max(highest.abs() * 1e-6).max(1.0);
    let (x0, x1) = ((lowest - pad).max(0.0), highest + pad);
    let height = 84 + 36 * rows as u32;
    theme::draw_svg((theme::WIDTH, height), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .margin_top(30)
            .margin_right(30)
            .x_label_area_size(30)
            .y_label_area_size(290)
            .build_cartesian_2d(x0..x1, 0f64..rows as f64)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(5)
            .x_label_formatter(&|v| money_tick(*v))
            .y_labels(0)
            .label_style(font(14.0))
            .draw()?;
        // Row 0 (widest) at the top. Each bar runs from the base to each end: the part towards
        // the low end of the assumption in one colour, towards the high end in the other.
        for (row, b) in d.bars.iter().enumerate() {
            let top = (rows - row) as f64 - 0.2;
            let bottom = top - 0.6;
            for (end, colour) in [(b.at_low, theme::SKY), (b.at_high, theme::VERMILION)] {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(d.base.min(end), bottom), (d.base.max(end), top)],
                    colour.filled(),
                )))?;
            }
            let (px, py) = chart.backend_coord(&(x0, top - 0.3));
            root.draw(&Text::new(
                short(&b.label),
                (px - 10, py),
                font(14.0).pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(d.base, 0.0), (d.base, rows as f64)],
            theme::TEXT.stroke_width(2),
        )))?;
        let (bx, by) = chart.backend_coord(&(d.base, rows as f64));
        root.draw(&Text::new(
            format!("Most likely {}", format_usd(d.base)),
            (bx, by - 4),
            muted_font(13.0).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, at_low: f64, at_high: f64) -> Bar {
        Bar {
            id: label.to_lowercase(),
            label: label.to_owned(),
            low: "1".to_owned(),
            high: "2".to_owned(),
            unit: "x",
            at_low,
            at_high,
        }
    }

    fn sample() -> TornadoData {
        TornadoData {
            years: 3,
            base: 1_000_000.0,
            bars: vec![
                bar(
                    "Extra headcount when two clouds are in use",
                    800_000.0,
                    1_600_000.0,
                ),
                bar("AWS data transfer out", 950_000.0, 1_100_000.0),
                bar("Volume growth", 900_000.0, 1_050_000.0),
                bar("Tokens per byte", 990_000.0, 1_010_000.0),
            ],
        }
    }

    #[test]
    fn draws_a_bar_per_assumption_around_the_most_likely_cost() {
        let svg = svg(&sample()).expect("draws");
        assert!(svg.contains("Extra headcount when two clouds are in…"));
        assert!(svg.contains("AWS data transfer out"));
        assert!(svg.contains("Most likely $1.0M"), "{svg}");
        assert!(!svg.contains("style=\""));
        assert_eq!(
            svg.matches("<rect").count(),
            1 + 2 * 4,
            "background and two halves per bar"
        );
    }

    #[test]
    fn the_top_three_are_named_in_words() {
        let text = top_three(&sample());
        assert!(
            text.starts_with("What moves your plan's 3-year cost most: Extra headcount"),
            "{text}"
        );
        assert!(text.contains("(1 to 2 x: $800,000 to $1.6M)"), "{text}");
        assert!(
            text.contains(", AWS data transfer out") && text.contains(" and Volume growth"),
            "{text}"
        );
        assert!(!text.contains("Tokens per byte"));
        let one = TornadoData {
            bars: sample().bars.into_iter().take(1).collect(),
            ..sample()
        };
        assert!(top_three(&one).ends_with("$1.6M)."));
        let none = TornadoData {
            bars: Vec::new(),
            ..sample()
        };
        assert!(top_three(&none).starts_with("No assumption with a range moves"));
        assert_eq!(svg(&none), Err(ChartError::Empty));
    }

    #[test]
    fn long_labels_are_shortened_on_the_chart_only() {
        assert_eq!(short("Short"), "Short");
        let long = "Bedrock price of OpenAI GPT models, as a multiple of Azure's";
        assert!(short(long).chars().count() <= LABEL_CHARS);
        assert!(short(long).ends_with('…'));
        assert!(describe(&sample()).contains("Extra headcount when two clouds are in use"));
    }
}
