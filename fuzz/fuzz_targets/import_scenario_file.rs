//! Any bytes as an imported scenario file (or a preset, which opens the same way), and, past
//! the envelope, as the `"scenario"` object inside a well-formed envelope, so the fuzzer
//! explores the scenario's fields without having to keep the envelope intact.
//!
//! Promises: no panic; what is accepted passes the app's checks and every limit; exported
//! again it imports the same, and so does the compact form the library stores.
#![no_main]

use cloudsplit::engine::io::{presets, scenario_file, stored_scenario};
use cloudsplit_fuzz::assert_accepted;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    file(data);
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(presets::open(text), scenario_file::import_text(text));
        let wrapped = format!("{{\"format\":\"cloudsplit-scenario\",\"version\":1,\"scenario\":{text}}}");
        file(wrapped.as_bytes());
    }
});

fn file(bytes: &[u8]) {
    let Ok(s) = scenario_file::import(bytes) else {
        return;
    };
    assert_accepted(&s);
    assert_eq!(
        scenario_file::import(scenario_file::export(&s).as_bytes()).as_ref(),
        Ok(&s)
    );
    assert_eq!(
        stored_scenario::from_json(&stored_scenario::to_json(&s)).as_ref(),
        Ok(&s)
    );
}
