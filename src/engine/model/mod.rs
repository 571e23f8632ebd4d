//! The scenario model: what the user puts on the board and the plain values it is made of.

pub mod catalog;
pub mod limits;
pub mod money;
pub mod scenario;
pub mod validation;
