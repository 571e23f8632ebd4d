//! The pure calculation engine: no leptos, web-sys or gloo here, so all of it is tested natively.

pub mod catalog;
pub mod library;
pub mod scenario;
pub mod scenario_file;
pub mod share_link;
pub mod stored_scenario;
pub mod typed_input;
pub mod untrusted;
