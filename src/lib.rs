//! cloudsplit: place OpenAI workloads on Azure, AWS or both, and see cost, governance and risk.

pub mod engine;
