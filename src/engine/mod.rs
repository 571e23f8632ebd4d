//! The pure calculation engine: no browser crates here, so all of it is tested natively.
//!
//! Its computing core (`model`, `assumptions`, `analysis`, `uncertainty` and [`evaluate`]) is the
//! crate `cloudsplit-engine-core` (src/engine/core.rs), compiled for speed and re-exported here
//! whole; this crate adds what surrounds it:
//! - `report`: compare, the decision record and CSV;
//! - `io`: untrusted input (share links, scenario files, presets, price books);
//! - `library`: the saved scenarios, their sync between tabs and backups.

pub use cloudsplit_engine_core::*;

pub mod io;
pub mod library;
pub mod report;

use io::price_book::PriceBook;
use model::scenario::Scenario;

/// [`evaluate`] with a private price book between the shipped defaults and the scenario's
/// own overrides (scenario override > price book > default).
pub fn evaluate_with(scenario: &Scenario, price_book: Option<&PriceBook>) -> Result<Evaluation, EngineError> {
    match price_book {
        Some(book) => evaluate_layered(scenario, &book.values),
        None => evaluate(scenario),
    }
}
