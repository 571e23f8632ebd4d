//! Migration and placement risk: per workload a likelihood and an impact (1–5) built from
//! explicit factors, scenario-level risks, a ranked list and an overall level (seed 000's
//! red flags and risks; domain.md "Migration risk").
//!
//! Definitions (the UI quotes them):
//! - Every factor adds likelihood points, impact points or both, each an assumption.
//!   likelihood = 1 + the factors' likelihood points; impact = the factors' impact points
//!   (a workload's criticality always gives its base impact); both are rounded and kept
//!   within 1..=5. score = likelihood x impact (1..=25); the level bands are assumptions.
//! - A workload *moves* when it runs today on a cloud or on-premises and its placement uses a
//!   cloud it does not run on. Data gravity counts only then, and only when the data is not
//!   already on the cloud it moves to, so a workload placed where it runs has none.
//! - Migration cost is the workload's one-time cost in the strategy (migration and
//!   workaround build) against its first year of run cost.
//! - Statefulness: a stateful agent that moves, or runs on both clouds (memory kept in step).
//! - Lock-in (one per workload): a stateful agent on AWS (Frontier, exclusive to AWS among
//!   third-party clouds) or on Azure while Frontier is not offered there (Foundry agents),
//!   unless Frontier is on Azure at the start; a fine-tuned model; an embeddings workload on
//!   AWS priced with a comparator model (the index must be re-embedded to leave).
//! - Feature lag, capabilities not available at the plan's start and workarounds come from
//!   the strategy's availability findings (no workaround risk for an agent already running
//!   on Azure: it is built). A residency conflict is a workload with a residency rule or a
//!   government / sovereign sector on a cloud that cannot serve one of its needs at the
//!   plan's start.
//! - Scenario level: concentration (every placed workload on one cloud), split vendors and
//!   roadmap (two clouds, no published feature matrix), compliance duplication (a framework
//!   validated on both clouds). Their likelihood and impact come from assumptions; the
//!   concentration impact builds on the most critical workload's.
//! - A factor whose points are 0 (its weight set to 0) is left out.
//! - The *driver* of a risk is its factor with the most points, other than criticality
//!   (criticality only when nothing else contributes): the thing the room can argue with.
//! - The overall score is the highest single score (0 when nothing is placed), its level the
//!   plan's level; exposure is the sum of all scores, for comparing strategies.
//! - When a factor bites is read from the months the strategy's cost was priced in (the
//!   workload's phases), so a move "when available" sits on its availability date: data
//!   gravity, migration cost and the statefulness of a move at the months the workload
//!   arrives on a cloud from another place (month 0: where it runs today); a capability not
//!   yet available (and its residency conflict) over the months the workload waits or runs on
//!   the other cloud; feature lag and a workaround over the months on that cloud; running on
//!   both over its months on both; criticality, lock-in and scenario-level risks throughout.
//!   When the plan schedules moves, each cloud a move arrives on counts as a move.
//! - A risk scores in a month what its factors in force then add up to; its score is that of
//!   all its factors, so no month scores more. The plan's exposure by month sums them.

mod assess;
mod factor;
mod finding_factors;
mod level;
mod over_time;
mod rank;
mod reason;
mod result;
mod scenario_risks;
mod timing;
mod when;
mod when_words;
mod workload_factors;

pub use assess::assess;
pub use factor::{EarlierLockIn, FactorKind, LockInService, RiskFactor, RiskFactors};
pub use level::RiskLevel;
pub use result::{Risk, RiskRef, RiskResult};
pub use when::{MoveMonths, RiskWhen};
