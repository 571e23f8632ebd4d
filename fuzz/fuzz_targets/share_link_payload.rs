//! Past the share link's envelope: the unpacked payload of every link version, as postcard
//! bytes straight from the fuzzer (base64 and zlib would stop almost every random input), and
//! scenarios built from the fuzzer's bytes, encoded with each version.
//!
//! The first byte picks the door: `0` a version 1 payload, `1` a version 2 payload, `2` and
//! `3` a scenario built from the rest (structure-aware), encoded as a version 2 link and as
//! a scenario file (`2`) or as a version 1 link (`3`).
//!
//! Promises: no panic; what is accepted passes the app's checks and every limit; it is shared
//! again and opens the same; the payload through the whole envelope gives the same outcome.
#![no_main]

use cloudsplit::engine::io::share_link::{self, ShareLinkError, MAX_INFLATED_BYTES, MAX_LINK_CHARS};
use cloudsplit::engine::io::{scenario_file, untrusted::check_decoded};
use cloudsplit::engine::model::scenario::Scenario;
use cloudsplit_fuzz::{assert_accepted, assert_reshared, pack, scenario, unpack};
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&door, rest)) = data.split_first() else {
        return;
    };
    match door % 4 {
        0 => payload('1', rest),
        1 => payload('2', rest),
        door => {
            if let Ok(s) = scenario(&mut Unstructured::new(rest)) {
                built(&s, if door == 2 { '2' } else { '1' });
            }
        }
    }
});

fn payload(version: char, bytes: &[u8]) {
    let got = share_link::decode_payload(version, bytes);
    if let Ok(s) = &got {
        assert_accepted(s);
        if version == '1' {
            assert!(s.ranges.is_empty(), "version 1 carries no ranges");
        }
        assert_reshared(s);
    }
    // Through the envelope, the same payload gives the same outcome.
    let token = pack(version, bytes);
    if bytes.len() <= MAX_INFLATED_BYTES && token.len() <= MAX_LINK_CHARS {
        assert_eq!(share_link::decode(&token), got);
    }
}

/// A scenario built in memory opens from a link of `version` (and, for version 2, from a
/// file) exactly when it passes the app's checks, and opens as it was.
fn built(s: &Scenario, version: char) {
    let valid = check_decoded(s).is_ok();
    let (token, expected) = if version == '2' {
        (share_link::encode_unchecked(s), s.clone())
    } else {
        let without_ranges = Scenario {
            ranges: Default::default(),
            ..s.clone()
        };
        (share_link::encode_version_1_unchecked(s), without_ranges)
    };
    let (_, bytes) = unpack(&token).expect("a token we made unpacks");
    let got = share_link::decode_payload(version, &bytes);
    match &got {
        Ok(opened) => {
            assert_accepted(opened);
            assert_eq!(opened, &expected);
        }
        Err(ShareLinkError::Invalid(_)) => {
            assert_ne!(check_decoded(&expected), Ok(()), "{got:?}");
        }
        Err(e) => panic!("a scenario the app can hold came back as {e:?}"),
    }
    if version == '1' {
        return;
    }
    assert_eq!(got.is_ok(), valid);
    match scenario_file::import(scenario_file::export(s).as_bytes()) {
        Ok(opened) => {
            assert!(valid);
            assert_eq!(&opened, s);
        }
        Err(scenario_file::FileError::Invalid(_)) => assert!(!valid),
        // NaN and infinity are written as JSON null: the file says it is damaged.
        Err(scenario_file::FileError::Damaged(_)) => assert!(!valid),
        Err(e) => panic!("an exported file came back as {e:?}"),
    }
}
