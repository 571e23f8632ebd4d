//! The analyses run on a scenario with the assumptions in force, in the order `evaluate` runs
//! them for each strategy: `cost` (one file per cost component), then `governance` (the burden
//! of the clouds in use), then `risk` (which reads the cost and the governance burden);
//! `strategy_result` holds the three together. `availability` knows when each capability
//! arrives on each cloud and `findings` what the board should be told about it; `advice`
//! applies seed 000's decision framework to the four results; `payback` sets the plan against
//! staying as today; `timeline` lists the dates and `moves` the months the plan's workloads
//! change place.

pub mod advice;
pub mod availability;
pub mod cost;
pub mod findings;
pub mod governance;
pub mod moves;
pub mod payback;
pub mod risk;
pub mod strategy_result;
pub mod timeline;
