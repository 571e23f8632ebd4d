//! The decision record: seed 000 ends with "document your decision". One record holds what a
//! workshop decided and why: the placements, the headline figures against the references,
//! the figures behind the charts, the advice and red flags, and every assumption that
//! differs from the shipped defaults, with the date the caller gives (the engine has no
//! clock). The app lays it out as a printable page; [`DecisionRecord::to_markdown`] makes
//! the Markdown download.
//!
//! Everything a user typed (scenario and workload names) and every sentence that quotes
//! it is escaped for Markdown: it cannot open HTML, break a table row or start a heading.

mod escape;
mod from_evaluation;
mod markdown;
mod markdown_writer;
mod record;

pub use escape::text;
pub use record::{
    AdviceRecord, AssumptionRow, ComponentRow, DecisionRecord, GovernanceRow, HeadlineRow, PlacementRow,
    RiskRow, YearRow,
};
