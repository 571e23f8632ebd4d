//! One look for every chart: the app's typography, a colour-blind-safe palette (Okabe-Ito)
//! that survives a projector, a light mesh, and axis labels people read at a glance.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};
use plotters::style::RGBColor;

use super::ChartError;

use crate::engine::model::currency::Currency;
use crate::engine::model::scenario::YearMonth;
use crate::engine::{CostCloud, Strategy};

pub const WIDTH: u32 = 760;
pub const HEIGHT: u32 = 340;

pub const TEXT: RGBColor = RGBColor(17, 24, 39);
pub const MUTED: RGBColor = RGBColor(75, 85, 99);
pub const GRID: RGBColor = RGBColor(229, 231, 235);
pub const AXIS: RGBColor = RGBColor(156, 163, 175);
pub const BACKGROUND: RGBColor = RGBColor(255, 255, 255);

/// Okabe-Ito: blue for Azure, orange for AWS, reddish purple for both / cross-cloud.
pub const AZURE: RGBColor = RGBColor(0, 114, 178);
pub const AWS: RGBColor = RGBColor(230, 159, 0);
pub const BOTH: RGBColor = RGBColor(204, 121, 167);
pub const GREEN: RGBColor = RGBColor(0, 158, 115);
pub const VERMILION: RGBColor = RGBColor(213, 94, 0);
pub const SKY: RGBColor = RGBColor(86, 180, 233);
/// The months a plan's workloads change place: used by nothing else, so its lines can be
/// found and dashed by colour.
pub const MOVE_MARK: RGBColor = RGBColor(107, 114, 128);

/// Dashed lines: dash and gap, in pixels.
pub const DASH: (u32, u32) = (7, 5);

/// How a strategy is shown in every chart and legend. The swatch classes are painted in the
/// same colour by the style sheet, so the two change together here.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StrategyStyle {
    pub colour: RGBColor,
    /// Its line is dashed: the references are, so the plan stands out.
    pub dashed: bool,
    /// Legend class where it is a bar or a solid mark.
    pub swatch: &'static str,
    /// Legend class where it is a line (dashed like the line).
    pub line_swatch: &'static str,
}

pub const fn strategy_style(s: Strategy) -> StrategyStyle {
    let (colour, dashed, swatch, line_swatch) = match s {
        Strategy::Plan => (TEXT, false, "swatch-plan", "swatch-plan"),
        Strategy::AllAzure => (AZURE, true, "swatch-azure", "swatch-azure dashed"),
        Strategy::AllAws => (AWS, true, "swatch-aws", "swatch-aws dashed"),
        Strategy::SplitByRule => (BOTH, true, "swatch-both", "swatch-both dashed"),
    };
    StrategyStyle {
        colour,
        dashed,
        swatch,
        line_swatch,
    }
}

/// How a cost cloud is shown in every chart and legend (see `StrategyStyle`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CloudStyle {
    pub colour: RGBColor,
    pub swatch: &'static str,
}

pub const fn cloud_style(c: CostCloud) -> CloudStyle {
    let (colour, swatch) = match c {
        CostCloud::Azure => (AZURE, "swatch-azure"),
        CostCloud::Aws => (AWS, "swatch-aws"),
        CostCloud::CrossCloud => (BOTH, "swatch-both"),
    };
    CloudStyle { colour, swatch }
}

/// `(label, swatch class)` for every strategy drawn as bars or marks.
pub fn strategy_legend() -> Vec<(&'static str, &'static str)> {
    Strategy::ALL
        .into_iter()
        .map(|s| (s.label(), strategy_style(s).swatch))
        .collect()
}

/// `(label, swatch class)` for every strategy drawn as a line, dashed where the line is.
pub fn strategy_line_legend() -> Vec<(&'static str, &'static str)> {
    Strategy::ALL
        .into_iter()
        .map(|s| (s.label(), strategy_style(s).line_swatch))
        .collect()
}

/// `(label, swatch class)` for every cost cloud.
pub fn cloud_legend() -> Vec<(&'static str, &'static str)> {
    CostCloud::ALL
        .into_iter()
        .map(|c| (c.label(), cloud_style(c).swatch))
        .collect()
}

/// Every chart is drawn through here: `draw` paints on a white canvas of `size`, and the
/// SVG comes back tidied (see `without_empty_text`).
pub fn draw_svg(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        root.fill(&BACKGROUND)?;
        draw(&root)?;
        root.present()?;
    }
    Ok(without_empty_text(&out))
}

/// Dashes every polyline of `colour` in a drawn SVG. plotters draws a dashed series as one
/// element per dash (about 190 elements for three 36-month lines, which the browser parses
/// on every redraw); one line with `stroke-dasharray` looks the same.
pub fn dash_lines(svg: &str, colour: &RGBColor, dash: u32, gap: u32) -> String {
    let stroke = format!("stroke=\"#{:02X}{:02X}{:02X}\"", colour.0, colour.1, colour.2);
    let mut out = String::with_capacity(svg.len() + 64);
    let mut rest = svg;
    while let Some(at) = rest.find("<polyline ") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let end = from.find('>').map_or(from.len(), |e| e + 1);
        let (element, after) = from.split_at(end);
        match element.find(&stroke) {
            Some(s) => {
                let cut = s + stroke.len();
                out.push_str(&element[..cut]);
                out.push_str(&format!(" stroke-dasharray=\"{dash} {gap}\""));
                out.push_str(&element[cut..]);
            }
            None => out.push_str(element),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Drops the `<text>` elements plotters writes for axis ticks whose label is empty (every
/// month but the labelled ones): a third of the TCO chart's elements, parsed on every redraw
/// and drawing nothing.
pub fn without_empty_text(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find("<text ") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let Some(end) = from.find("</text>").map(|e| e + "</text>".len()) else {
            rest = from;
            break;
        };
        let (element, after) = from.split_at(end);
        let content = element
            .find('>')
            .map_or("", |open| &element[open + 1..element.len() - "</text>".len()]);
        if !content.trim().is_empty() {
            out.push_str(element);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `$1.2M`-style axis labels for an amount already in `currency`; below a million, thousands
/// as `$350k` (`€350k`, `CHF 350k`).
pub fn money_tick(value: f64, currency: &Currency) -> String {
    if (1e3..1e6).contains(&value.abs()) {
        let sign = if value < 0.0 { "-" } else { "" };
        format!("{sign}{}{:.0}k", currency.prefix(), value.abs() / 1e3)
    } else {
        currency.format_amount(value)
    }
}

pub fn month_tick(start: YearMonth, index: usize) -> String {
    start.plus_months(index as i64).to_string()
}

/// [`sparse_month_tick`] on a continuous month axis: only whole months get a label.
pub fn sparse_month_tick_at(start: YearMonth, m: f64, every: usize) -> String {
    let i = m.round().max(0.0) as usize;
    if (m - i as f64).abs() < 1e-9 {
        sparse_month_tick(start, i, every)
    } else {
        String::new()
    }
}

/// Month labels every `every` months from a January (`Look::month_step`), so they are evenly
/// spaced; other ticks get no label.
pub fn sparse_month_tick(start: YearMonth, index: usize, every: usize) -> String {
    let months_from_january = usize::from(start.month) - 1 + index;
    let year_of_plan = months_from_january / 12;
    let on_step = if every > 12 {
        months_from_january.is_multiple_of(12) && year_of_plan.is_multiple_of(every / 12)
    } else {
        (months_from_january % 12).is_multiple_of(every.max(1))
    };
    if on_step {
        month_tick(start, index)
    } else {
        String::new()
    }
}

/// A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `value`.
pub fn nice_ceiling(value: f64) -> f64 {
    if !value.is_finite() || value <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|c| *c >= value)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_read_like_money_and_months() {
        let usd = Currency::usd();
        assert_eq!(money_tick(0.0, &usd), "$0");
        assert_eq!(money_tick(350_000.0, &usd), "$350k");
        assert_eq!(money_tick(1_200_000.0, &usd), "$1.2M");
        assert_eq!(money_tick(900.0, &usd), "$900");
        // The amount is already in the currency: ticks are not converted again.
        assert_eq!(money_tick(350_000.0, &Currency::eur()), "€350k");
        assert_eq!(money_tick(-2_000.0, &Currency::gbp()), "-£2k");
        assert_eq!(
            month_tick(
                YearMonth {
                    year: 2027,
                    month: 11
                },
                3
            ),
            "2028-02"
        );
    }

    #[test]
    fn ceilings_are_round_and_never_below_the_value() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(1.3e6), 2e6);
        assert_eq!(nice_ceiling(2.2e5), 2.5e5);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
        for v in [0.3, 12.0, 99.0, 101.0, 4.4e9] {
            assert!(nice_ceiling(v) >= v);
        }
    }
    #[test]
    fn dashes_only_the_lines_of_the_given_colour() {
        let svg = concat!(
            r##"<svg><polyline fill="none" stroke="#0072B2" points="1,2 3,4 "/>"##,
            r##"<polyline fill="none" stroke="#E69F00" points="1,2 "/><text>stroke="#0072B2"</text></svg>"##
        );
        let dashed = dash_lines(svg, &AZURE, 7, 5);
        assert_eq!(
            dashed,
            concat!(
                r##"<svg><polyline fill="none" stroke="#0072B2" stroke-dasharray="7 5" points="1,2 3,4 "/>"##,
                r##"<polyline fill="none" stroke="#E69F00" points="1,2 "/><text>stroke="#0072B2"</text></svg>"##
            )
        );
        assert_eq!(dash_lines("no lines", &AZURE, 7, 5), "no lines");
    }

    #[test]
    fn drops_only_text_elements_with_nothing_to_show() {
        let svg =
            "<svg><text x=\"1\">\n$0\n</text><text x=\"2\">\n\n</text><text x=\"3\"></text><line/></svg>";
        assert_eq!(
            without_empty_text(svg),
            "<svg><text x=\"1\">\n$0\n</text><line/></svg>"
        );
        assert_eq!(
            without_empty_text("<svg><text x=\"1\">cut"),
            "<svg><text x=\"1\">cut"
        );
    }
}
