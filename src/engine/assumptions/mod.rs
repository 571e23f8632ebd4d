//! Every price, rate and rule the engine uses, with its unit, source, date and range.
//!
//! The registry is built once (it is the same for every scenario); a scenario only carries
//! overrides by id. Ids are stable strings because they are stored in saved scenarios and
//! share links. Month-valued rules (availability dates) are encoded as `YYYYMM` numbers,
//! e.g. `202609` for September 2026, so that they read naturally in the assumptions table;
//! `0` means "never" where a rule allows it.
//!
//! Where things are:
//! - `key`: each scalar assumption's `Key` and its id, declared once, in registry order.
//! - `data`: the shipped values, one file per group of the table, as named `Spec` literals
//!   (`spec`), and the listed model prices.
//! - `assumption`: the `Assumption` the engine and panel read, and how a typed value is
//!   parsed and checked; `error`: why a value was refused.
//! - `registry`: `Assumptions`, built once from `data`; `resolved`: the values in force for
//!   a scenario (defaults < price book < scenario overrides); `price`: a model's token prices;
//!   `price_sources`: which assumptions those prices come from; `set`: the assumptions a figure
//!   was computed from, and `set_ids` their ids.

mod assumption;
mod category;
mod data;
mod error;
mod key;
mod month_code;
mod price;
mod price_kind;
mod price_sources;
mod registry;
mod resolved;
mod set;
mod set_ids;
mod spec;

pub use crate::model::cloud::Cloud;
pub use assumption::{Assumption, Confidence, ValueKind};
pub use category::Category;
pub use error::{AssumptionError, Problem, RangeEnd};
pub use key::Key;
pub use month_code::{year_month_code, year_month_from_code};
pub use price::ModelPrice;
pub use price_kind::PriceKind;
pub use price_sources::PriceSources;
pub use registry::Assumptions;
pub use resolved::{Resolved, ResolvedAssumption};
pub use set::AssumptionSet;
