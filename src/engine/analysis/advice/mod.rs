//! The decision advisor: seed 000's "Azure, AWS, or Both?" framework applied to the board in
//! front of the room (domain.md "Decision framework").
//!
//! Definitions (the UI quotes them):
//! - Each option has the seed's four criteria. A criterion's *fit* is 0–1 and its weight an
//!   assumption; an option's score is 100 x the weighted mean fit of its criteria. The
//!   highest score is the advice (ties: Azure-first, then AWS-first, then multi-cloud); a
//!   gap to the runner-up under `advice.close-call-points` is called a close call.
//! - Fits, over every workload on the board (placed or not):
//!   - primarily stateless / stateful: 0 at half the workloads, 1 at `advice.mainly-share`;
//!   - Azure-native: 1 for an Azure-native organisation, 0.5 for one on both clouds or one
//!     holding an Azure commitment (AWS investment likewise);
//!   - early feature access: share of workloads whose OpenAI capability reaches AWS later
//!     than Azure or not at all (the All-on-AWS reference's availability findings);
//!   - residency fits Azure: share of the workloads with a residency rule or a government /
//!     sovereign sector that Azure serves at the plan's start and AWS does not;
//!   - Trainium cost: All on AWS's saving over All on Azure (horizon TCO), full at
//!     `advice.aws-cost-advantage`;
//!   - data in AWS: share of workloads whose data lives in AWS or that run there today;
//!   - both kinds: 2 x the smaller of the stateless and stateful shares (1 at half and half);
//!   - governance acceptable: 1 minus the extra governance hours a month of the seeds' split
//!     over the lighter one-cloud reference, divided by `advice.governance-tolerance-hours-month`
//!     (0 when the split uses one cloud);
//!   - contracts on both: 1 with commitments on both clouds; multi-cloud expertise: 1 for an
//!     organisation native to both clouds.
//! - Each option maps to a reference strategy for comparison: Azure-first to All on Azure,
//!   AWS-first to All on AWS, multi-cloud to the seeds' split (stateless on Azure, stateful
//!   on AWS). Differences are the plan's figures minus the reference's: positive means the
//!   plan costs more, needs more hours or carries more risk.
//! - Red flags are checked on the plan, or on the advised reference while nothing is placed.

mod advisor;
mod board;
mod criteria;
mod criterion;
mod direction;
mod outcome;
mod plan_comparison;
mod red_flag;
mod red_flags;
mod score;
mod scoring;
mod wording;

pub use advisor::advise;
pub use criterion::Criterion;
pub use direction::Direction;
pub use outcome::{Advice, AdviceStatus, PlacementDiff, PlanComparison};
pub use red_flag::{RedFlag, RedFlagKind};
pub use score::{CriterionScore, OptionScore};
