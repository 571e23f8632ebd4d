//! The pure calculation engine: no leptos, web-sys or gloo here, so all of it is tested natively.

pub mod assumptions;
pub mod availability;
pub mod catalog;
pub mod findings;
pub mod limits;
pub mod money;
pub mod scenario;
pub mod validation;
