//! Any text as a share link, a page fragment or a bare token: never a panic, and whatever
//! opens is a scenario the app accepts.
#![no_main]

use cloudsplit::engine::io::share_link;
use cloudsplit::engine::io::untrusted::check_decoded;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for result in [
        share_link::decode_link(&text),
        share_link::decode(&text),
        share_link::decode_fragment(&text).and_then(|s| s.ok_or(share_link::ShareLinkError::Empty)),
    ] {
        if let Ok(scenario) = result {
            assert_eq!(check_decoded(&scenario), Ok(()));
            // What opened can be shared again, and opens the same.
            let again = share_link::encode(&scenario).and_then(|t| share_link::decode(&t));
            assert_eq!(again.as_ref().ok(), Some(&scenario));
        }
    }
});
