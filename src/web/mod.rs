//! The edge: everything that touches browser APIs, behind small functions.

pub mod clipboard;
pub mod clock;
pub mod dom;
pub mod download;
pub mod file_input;
pub mod storage;
pub mod url;
