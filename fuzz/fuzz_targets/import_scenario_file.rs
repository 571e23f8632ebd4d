//! Any bytes as an imported scenario file or as stored library data: never a panic.
#![no_main]

use cloudsplit::engine::library::{self, Timestamp};
use cloudsplit::engine::io::scenario_file;
use cloudsplit::engine::io::untrusted::check_decoded;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(scenario) = scenario_file::import(data) {
        assert_eq!(check_decoded(&scenario), Ok(()));
        let again = scenario_file::import(scenario_file::export(&scenario).as_bytes());
        assert_eq!(again.as_ref().ok(), Some(&scenario));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(loaded) = library::load(text, Timestamp(0)) {
            let again = library::load(&library::to_json(&loaded.library), Timestamp(0));
            assert_eq!(again.map(|l| l.library).ok(), Some(loaded.library));
        }
    }
});
