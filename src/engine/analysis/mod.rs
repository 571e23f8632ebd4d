//! The analyses run on a scenario with the assumptions in force.

pub mod advice;
pub mod availability;
pub mod cost;
pub mod findings;
pub mod governance;
pub mod risk;
pub mod strategy_result;
pub mod timeline;
