//! Total cost of ownership, month by month, per cloud and per component, for the user's plan
//! and the three reference strategies. One file per cost component (tokens, runtime, state,
//! egress, migration, overheads); `pass` walks the board as `placing` places it (a strategy, or
//! staying as today), `builder` sums the lines and `steps` those billed in part of the horizon.
//!
//! Every cost is a line with a month-0 amount and a scaling rule; a month's amount is the
//! month-0 amount times that rule's factor for the month. So each workload is priced once
//! per strategy and the monthly series are built from per-(component, cloud) sums, which
//! keeps the cost independent of workloads x months.
//!
//! Definitions (documented here because the UI quotes them):
//! - Month 0 is the plan's start month. One-time costs (migration, workarounds) fall in month 0.
//! - Volume grows by `growth.volume-per-month` each month; token prices also fall by
//!   `growth.token-price-decline-per-year`, spread evenly over the months. Runtime, storage and
//!   egress follow volume; tooling, people, audits and fine-tuned model hosting are flat.
//! - Commitment discounts (OrgProfile) apply to what the cloud bills: tokens, agent runtime,
//!   state storage, egress and tooling. People, audits and migration effort are not cloud bills.
//!   A commitment with its own discount replaces the flat one in its months; a commitment year
//!   that bills less than committed pays the shortfall (`commitment.rs`).
//! - Egress: a workload's data lives at `data_location`. Compute on another cloud reads a
//!   share of it each month plus the prompts and answers; the cloud the data leaves bills it.
//!   On-premises is outside both clouds: moving data in is free, and results going back leave
//!   the compute cloud, so that cloud's egress rate applies. New data lives where it runs.
//! - Platform overhead (tooling, audits) is charged for each cloud in use. When two clouds
//!   are in use, the overhead of the non-primary cloud (and audits of a framework needed on
//!   both) is marked duplicate, as is the multi-cloud headcount; a one-cloud plan has none.
//!   The primary cloud is the organisation's native cloud, else the one with more run cost.
//! - Run-rate: the average monthly run cost (one-time costs excluded) over the last 12
//!   months of the horizon, i.e. where the plan settles.
//! - Present value: each month discounted to the plan's start at `finance.discount-rate-per-year`
//!   (month m divided by (1 + rate)^(m/12)), beside the nominal total.

mod builder;
mod commitment;
mod context;
mod egress;
mod epochs;
mod footprint;
mod formula;
mod frame;
mod lines;
mod migration;
mod on_cloud;
mod overheads;
mod pass;
mod phases;
mod placing;
mod present_value;
mod provisioned;
mod result;
mod reuse;
mod runtime;
mod sizing;
mod state;
mod steps;
mod tokens;
mod window;
mod workload;

pub use crate::model::capacity::NotProvisioned;
pub(crate) use context::Ctx;
pub(crate) use formula::{Formula, RateValues, Shape};
pub(crate) use frame::labour_step;
pub use lines::{Cell, Component, CostCloud, CostLine, PhaseSpan, Scaling, Waiting, WorkloadCost};
pub(crate) use pass::{compute, formulas, series};
pub(crate) use placing::Placing;
pub use result::CostResult;
pub(crate) use reuse::{Priced, Reuse};
pub use sizing::ProvisionedSizing;
pub(crate) use window::Window;
