//! cloudsplit: place OpenAI workloads on Azure, AWS or both, and see cost, governance and risk.
//! Layers flow one way: components -> state -> engine.

pub mod charts;
pub mod components;
pub use cloudsplit_engine as engine;
pub mod state;
pub mod web;
