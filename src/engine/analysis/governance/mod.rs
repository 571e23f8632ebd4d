//! Governance burden of a strategy, per dimension, in hours people feel (seed 000's
//! "multi-cloud governance" list; domain.md "Governance burden").
//!
//! Definitions (the UI quotes them):
//! - A workload counts on every cloud its placement uses (Both counts on both). It is
//!   *regulated* when it falls under a compliance framework, has a residency rule (EU, US) or
//!   serves the US government or a sovereign / regulated sector.
//! - Per dimension and per cloud in use, recurring work is the cloud's upkeep hours plus the
//!   dimension's per-item hours: identity, cost tracking and observability per workload on the
//!   cloud; data residency per regulated workload; compliance per framework validated on the
//!   cloud plus each audit's preparation spread over the year. Vendor management is per cloud.
//! - Set-up is one-time work: a per-cloud baseline on each cloud the organisation does not
//!   govern yet (its native cloud, both for a "both" organisation and none for an on-premises
//!   one, needs none), plus scoping the AI platform into each framework and residency zone on
//!   each cloud that holds it, native or not.
//! - With two clouds in use, each dimension adds cross-cloud set-up and hours (federating
//!   Entra ID with AWS IAM, the controlled interface for data moving between clouds, one
//!   control matrix, one chargeback over two bills, correlated monitoring, a feature matrix of
//!   which capability ships where), and *policies to keep in sync* appear: per dimension a
//!   baseline policy, plus one per workload on both clouds (identity, observability), per
//!   residency zone held on both clouds, and per framework validated on both clouds.
//! - The governance model only matters with two clouds. Federated: each cloud's upkeep is
//!   duplicated in full and every policy in sync drifts (drift hours per policy). Centralised:
//!   each policy in sync is first written once for both clouds (set-up per policy), then drifts
//!   only by `governance.centralised.drift-share`, and the upkeep hours of the second cloud
//!   (the organisation's native cloud is the first, else the one with more cost) fall to
//!   `governance.centralised.second-cloud-share`.
//! - Index (0–100, for charts): burden = hours per month + set-up hours / amortisation
//!   months; index = 100 x burden / (burden + reference), so the reference burden (one person
//!   full time by default) reads 50 and the index never reaches 100. A dimension's index uses
//!   a sixth of the reference. Both rise with every hour, so an added hour never lowers them.
//!
//! Every term is a sum of non-negative weights over clouds, workloads, frameworks and zones,
//! and no weight depends on which cloud it is counted on (except the per-cloud baseline, waived
//! for a governed cloud, which stays in use). So going from one cloud to two, whether by adding
//! a cloud to a workload or by moving one, never lowers any figure under either model: per-item
//! work moves with its workload, a framework or zone held by one cloud is still held by one of
//! the two, and the second cloud and the cross-cloud work only add.

mod assess;
mod burden;
mod describe;
mod dimension;
mod footprint;
mod result;
mod words;

pub use assess::{assess, assess_placed};
pub use dimension::Dimension;
pub use result::{CloudFootprint, DimensionBurden, GovernanceResult};
