//! Input and output: untrusted-input checks, scenario files, share links, presets, price books.

pub mod presets;
pub mod price_book;
pub mod scenario_file;
pub mod share_link;
pub mod stored_scenario;
pub mod untrusted;
