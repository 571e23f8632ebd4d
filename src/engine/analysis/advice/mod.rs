//! The decision advisor: seed 000's "Azure, AWS, or Both?" framework applied to the board in
//! front of the room (domain.md "Decision framework").
//!
//! Definitions (the UI quotes them):
//! - Each option has the seed's four criteria. A criterion's *fit* is 0–1 and its weight an
//!   assumption; an option's score is 100 x the weighted mean fit of its criteria. The
//!   highest score is the advice (ties: Azure-first, then AWS-first, then multi-cloud); a
//!   gap to the runner-up under `advice.close-call-points` is called a close call.
//! - Fits, over every workload on the board (placed or not), weighed by its share of the
//!   board's spend: its recurring cost over the horizon in the seeds' split (`board` says why):
//!   - primarily stateless: 0 at half the spend, 1 at `advice.mainly-share`;
//!   - includes stateful agents: 0 with no agent spend, 1 at `advice.material-agent-share`;
//!   - Azure-native: 1 for an Azure-native organisation, 0.5 for one on both clouds; an Azure
//!     commitment counts for up to 0.5, in proportion to the plan's months it covers (AWS
//!     investment likewise);
//!   - early feature access: how much it matters (asked: low 0, medium 0.5, high 1) x the
//!     spend on workloads whose OpenAI capability reaches AWS later than Azure or not at all;
//!   - residency fits Azure: of the spend under a residency rule or a government / sovereign
//!     sector, the share Azure serves at the plan's start and AWS does not;
//!   - Trainium cost: how much cost per token matters (asked: low 0, medium 0.5, high 1);
//!   - data in AWS: the share of the board's data (GB) in AWS or held by workloads that run
//!     there today (data gravity: weighed by bytes, not spend);
//!   - both kinds: the smaller kind's spend share, 1 at `advice.material-agent-share`;
//!   - governance acceptable: 1 minus the extra governance hours a month of the seeds' split
//!     over the lighter one-cloud reference, divided by the hours the organisation's appetite
//!     accepts (`advice.governance-appetite.*`, medium `advice.governance-tolerance-hours-month`;
//!     0 when the split uses one cloud);
//!   - contracts on both: the share of the plan the shorter of the two commitments covers;
//!   - multi-cloud expertise: asked (none 0, some 0.5, in place 1; unanswered reads as in place
//!     only for an organisation native to both clouds).
//! - Flips: for the runner-up, the smallest change of one weight, one answer of the
//!   organisation, the agents' share of the spend or the data's share in AWS that makes it win
//!   (`flips` says what is held fixed).
//! - Reasons also state the workarounds the advised reference builds and the capabilities it
//!   waits for, with their cost, and where its lead rests on seed 004's contested dates.
//! - Each option maps to a reference strategy for comparison: Azure-first to All on Azure,
//!   AWS-first to All on AWS, multi-cloud to the seeds' split (stateless on Azure, stateful
//!   on AWS). Differences are the plan's figures minus the reference's: positive means the
//!   plan costs more, needs more hours or carries more risk.
//! - Red flags are checked on the plan, or on the advised reference while nothing is placed.

mod advisor;
mod board;
mod caveats;
mod criteria;
mod criterion;
mod direction;
mod flip;
mod flips;
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
pub use flip::{Flip, FlipInput};
pub use outcome::{Advice, AdviceStatus, PlacementDiff, PlanComparison};
pub use red_flag::{RedFlag, RedFlagKind};
pub use score::{CriterionScore, OptionScore};
