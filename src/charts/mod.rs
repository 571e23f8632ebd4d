//! Charts as pure functions: data in, SVG string out (plotters' SVG backend). Each chart
//! has a small data type, extracted from the engine's results, that the UI memoises and
//! also shows as a table; nothing here touches the browser.

pub mod cost_breakdown;
pub mod governance;
pub mod look;
pub mod moves;
pub mod risk_matrix;
pub mod risk_over_time;
pub mod tco_over_time;
pub mod theme;
pub mod timeline;
pub mod tornado;

pub use look::Look;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ChartError {
    #[error("the chart could not be drawn: {0}")]
    Drawing(String),
    #[error("there is nothing to draw yet")]
    Empty,
}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(e.to_string())
    }
}
