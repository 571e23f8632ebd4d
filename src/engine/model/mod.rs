//! The scenario model: what the user puts on the board, the clouds and strategies every
//! analysis speaks of, and the limits untrusted input is held to.

pub mod capacity;
pub mod catalog;
pub mod cloud;
pub mod currency;
pub mod limits;
pub mod money;
pub mod month;
pub mod optional_number;
pub mod org_answers;
pub mod placement;
pub mod ptu_catalog;
pub mod scenario;
pub mod schedule;
pub mod strategy;
pub mod text;
pub mod validation;
