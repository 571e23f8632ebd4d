//! What moves the answer: one bar per assumption, from the plan's horizon cost with the
//! assumption at the low end of its range to the cost at the high end, widest at the top,
//! around a line at the cost with every assumption at its most likely value.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{self, money_tick};
use super::{ChartError, Look};
use crate::engine::assumptions::ValueKind;
use crate::engine::model::currency::Currency;
use crate::engine::model::money::format_number;
use crate::engine::uncertainty::Tornado;

/// Bars drawn; the table lists the same.
pub const MAX_BARS: usize = 10;
const LABEL_CHARS: usize = 40;
/// In the room the names are whole, wrapped onto lines this long.
const ROOM_LINE_CHARS: usize = 24;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: String,
    pub label: String,
    /// The assumption's low and high ends, as the assumptions table writes them.
    pub low: String,
    pub high: String,
    /// Empty for dates.
    pub unit: &'static str,
    /// The plan's horizon cost at the low and at the high end, in the data's currency.
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
    /// What `base`, `at_low` and `at_high` are in (converted from dollars here); the assumptions'
    /// own ends keep their units.
    pub currency: Currency,
    /// The plan's horizon cost at the most likely values.
    pub base: f64,
    pub bars: Vec<Bar>,
}

pub fn data(t: &Tornado, years: usize, currency: &Currency) -> TornadoData {
    TornadoData {
        years,
        currency: currency.clone(),
        base: currency.from_usd(t.base),
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
                    at_low: currency.from_usd(s.at_low),
                    at_high: currency.from_usd(s.at_high),
                }
            })
            .collect(),
    }
}

fn label_lines(label: &str, look: &Look) -> Vec<String> {
    let chars = if look.wrap_labels {
        ROOM_LINE_CHARS
    } else {
        LABEL_CHARS
    };
    look.label_lines(label, chars)
}

fn phrase(b: &Bar, currency: &Currency) -> String {
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
        currency.format_amount(b.at_low),
        currency.format_amount(b.at_high)
    )
}

/// The top three, in words, for under the chart.
pub fn top_three(d: &TornadoData) -> String {
    let named: Vec<String> = d.bars.iter().take(3).map(|b| phrase(b, &d.currency)).collect();
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
    let rows: Vec<String> = d.bars.iter().map(|b| phrase(b, &d.currency)).collect();
    format!(
        "Tornado chart of your plan's {}-year cost, {} at the most likely values, with one assumption at a \
         time moved from the low to the high end of its range, widest swing first: {}.",
        d.years,
        d.currency.format_amount(d.base),
        rows.join("; ")
    )
}

pub fn svg(d: &TornadoData, look: &Look) -> Result<String, ChartError> {
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
    let labels: Vec<Vec<String>> = d.bars.iter().map(|b| label_lines(&b.label, look)).collect();
    let lines_per_row = labels.iter().map(Vec::len).max().unwrap_or(1) as u32;
    let line_height = look.room_for_text(17);
    let row_height = look
        .room_for_text(36)
        .max(line_height * lines_per_row + look.room_for_text(10));
    let height = look.room_for_text(84) + row_height * rows as u32;
    theme::draw_svg((theme::WIDTH, height), |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .margin_top(look.room_for_text(30))
            .margin_right(30)
            .x_label_area_size(look.room_for_text(30))
            .y_label_area_size(if look.wrap_labels { 300 } else { 290 })
            .build_cartesian_2d(x0..x1, 0f64..rows as f64)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .bold_line_style(theme::GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(theme::AXIS)
            .x_labels(look.ticks(5))
            .x_label_formatter(&|v| money_tick(*v, &d.currency))
            .y_labels(0)
            .label_style(look.font(14.0))
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
            let lines = &labels[row];
            // Centred on the bar: the first line half the block's height above its middle.
            let first = py - (line_height as i32 * (lines.len() as i32 - 1)) / 2;
            for (i, line) in lines.iter().enumerate() {
                root.draw(&Text::new(
                    line.clone(),
                    (px - 10, first + line_height as i32 * i as i32),
                    look.font(14.0).pos(Pos::new(HPos::Right, VPos::Center)),
                ))?;
            }
        }
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(d.base, 0.0), (d.base, rows as f64)],
            theme::TEXT.stroke_width(look.stroke(2)),
        )))?;
        let (bx, by) = chart.backend_coord(&(d.base, rows as f64));
        root.draw(&Text::new(
            format!("Most likely {}", d.currency.format_amount(d.base)),
            (bx, by - 4),
            look.muted_font(13.0).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::super::look::cut;
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
            currency: Currency::usd(),
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
        let svg = svg(&sample(), &Look::SCREEN).expect("draws");
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

    fn svg_of_screen() -> String {
        svg(&sample(), &Look::SCREEN).expect("draws")
    }

    #[test]
    fn in_the_room_every_name_is_whole_on_wrapped_lines() {
        let svg = svg(&sample(), &Look::ROOM).expect("draws");
        assert!(!svg.contains('…'), "nothing is cut");
        assert!(svg.contains("Extra headcount when two") && svg.contains("clouds are in use"));
        let smallest = |svg: &str| {
            svg.split("font-size=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
                .fold(f64::INFINITY, f64::min)
        };
        let screen = svg_of_screen();
        assert!(
            smallest(&svg) >= 1.3 * smallest(&screen),
            "the room's text is larger"
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
        assert_eq!(svg(&none, &Look::SCREEN), Err(ChartError::Empty));
    }

    #[test]
    fn long_labels_are_shortened_on_the_chart_only() {
        let short = |label: &str| label_lines(label, &Look::SCREEN).concat();
        assert_eq!(short("Short"), "Short");
        let long = "Bedrock price of OpenAI GPT models, as a multiple of Azure's";
        assert!(short(long).chars().count() <= LABEL_CHARS);
        assert!(short(long).ends_with('…'));
        assert_eq!(cut(long, LABEL_CHARS), short(long));
        assert!(describe(&sample()).contains("Extra headcount when two clouds are in use"));
    }
}
