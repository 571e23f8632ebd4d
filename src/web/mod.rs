//! The edge: everything that touches browser APIs, behind small functions.

pub mod clipboard;
pub mod clock;
pub mod dom;
pub mod download;
pub mod fetch;
pub mod file_input;
pub mod page;
pub mod persistence;
pub mod preferences;
pub mod price_book_storage;
pub mod storage;
pub mod task_queue;
pub mod url;
