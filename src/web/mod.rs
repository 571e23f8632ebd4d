//! The edge: everything that touches browser APIs, behind small functions.

pub mod dom;
pub mod download;
pub mod storage;
