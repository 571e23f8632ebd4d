//! Any text as a share link, a page fragment or a bare token: never a panic, and whatever
//! opens is a scenario the app accepts, within every limit, and shared again opens the same.
//!
//! Random bytes almost never pass base64 and zlib, so a custom mutator works inside the
//! envelope: it unpacks a link's payload, lets libFuzzer mutate the payload, packs it again,
//! and sometimes mutates the text as it is (to keep exploring the envelope itself).
#![no_main]

use cloudsplit::engine::io::share_link;
use cloudsplit_fuzz::{assert_accepted, assert_reshared, pack, unpack};
use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for result in [
        share_link::decode_link(&text),
        share_link::decode(&text),
        share_link::decode_fragment(&text).and_then(|s| s.ok_or(share_link::ShareLinkError::Empty)),
    ] {
        if let Ok(scenario) = result {
            assert_accepted(&scenario);
            assert_reshared(&scenario);
        }
    }
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    // One time in eight, or when there is no payload to reach: mutate the text itself.
    if seed % 8 != 0 {
        if let Some(new_size) = mutate_payload(data, size, max_size, seed) {
            return new_size;
        }
    }
    fuzzer_mutate(data, size, max_size)
});

/// Finds the token (after the last `s=`, or the whole text), unpacks it, mutates the payload
/// and writes the text back with the packed payload. `None` when it holds no payload.
fn mutate_payload(data: &mut [u8], size: usize, max_size: usize, seed: u32) -> Option<usize> {
    let text = std::str::from_utf8(&data[..size]).ok()?;
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let start = compact.rfind("s=").map_or(0, |i| i + 2);
    let (prefix, token) = compact.split_at(start);
    let end = token.find('&').unwrap_or(token.len());
    let (token, suffix) = token.split_at(end);
    let (mut version, mut payload) = unpack(token)?;
    let len = payload.len();
    payload.resize(len.max(64) * 2, 0);
    let room = payload.len();
    let new_len = fuzzer_mutate(&mut payload, len, room);
    payload.truncate(new_len);
    if seed % 16 == 1 {
        // Sometimes another version's layout.
        version = match version {
            '1' => '2',
            '2' => '3',
            '3' => '4',
            '4' => '5',
            _ => '1',
        };
    }
    let out = format!("{prefix}{}{suffix}", pack(version, &payload));
    (out.len() <= max_size).then(|| {
        data[..out.len()].copy_from_slice(out.as_bytes());
        out.len()
    })
}
