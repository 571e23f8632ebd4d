//! Past the share link's envelope: the unpacked payload of every link version, as postcard
//! bytes straight from the fuzzer (base64 and zlib would stop almost every random input), and
//! scenarios built from the fuzzer's bytes, encoded with each version.
//!
//! The first byte picks the door: `0` to `4` a version 1, 2, 3, 4 or 5 payload; `5` to `9` a
//! scenario built from the rest (structure-aware), encoded as a version 5 link (today's) and
//! as a scenario file (`5`), or as an older version 4 (`6`), 3 (`7`), 2 (`8`) or 1 (`9`) link.
//!
//! Promises: no panic; what is accepted passes the app's checks and every limit; it is shared
//! again and opens the same; the payload through the whole envelope gives the same outcome.
#![no_main]

use cloudsplit::engine::io::share_link::{self, ShareLinkError, MAX_INFLATED_BYTES, MAX_LINK_CHARS};
use cloudsplit::engine::io::{scenario_file, untrusted::check_decoded};
use cloudsplit::engine::model::currency::Currency;
use cloudsplit::engine::model::scenario::{Commitment, OrgProfile, Scenario, Workload};
use cloudsplit_fuzz::{assert_accepted, assert_reshared, pack, scenario, unpack};
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&door, rest)) = data.split_first() else {
        return;
    };
    match door % 10 {
        0 => payload('1', rest),
        1 => payload('2', rest),
        2 => payload('3', rest),
        3 => payload('4', rest),
        4 => payload('5', rest),
        door => {
            if let Ok(s) = scenario(&mut Unstructured::new(rest)) {
                built(&s, ['5', '4', '3', '2', '1'][usize::from(door - 5)]);
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
        if matches!(version, '1' | '2') {
            assert_eq!(
                s.org,
                neutral_answers(&s.org),
                "versions 1 and 2 carry no answers"
            );
        }
        if !matches!(version, '4' | '5') {
            assert!(
                s.workloads.iter().all(|w| w.moves.is_empty() && w.while_unavailable == Default::default()),
                "versions before 4 carry no schedules"
            );
        }
        if version != '5' {
            assert!(
                s.currency.is_usd() && s.workloads.iter().all(|w| w.provisioning == Default::default())
                    && [s.org.azure_commitment, s.org.aws_commitment]
                        .iter()
                        .all(|c| c.term_years == 0 && c.discount_percent.is_none()),
                "versions before 5 carry no procurement levers"
            );
        }
        assert_reshared(s);
    }
    // Through the envelope, the same payload gives the same outcome.
    let token = pack(version, bytes);
    if bytes.len() <= MAX_INFLATED_BYTES && token.len() <= MAX_LINK_CHARS {
        assert_eq!(share_link::decode(&token), got);
    }
}

/// The organisation profile as a link older than version 5 brings it: commitments without
/// their term or own discount.
fn without_levers(org: &OrgProfile) -> OrgProfile {
    let plain = |c: Commitment| Commitment {
        term_years: 0,
        discount_percent: None,
        ..c
    };
    OrgProfile {
        azure_commitment: plain(org.azure_commitment),
        aws_commitment: plain(org.aws_commitment),
        ..org.clone()
    }
}

/// The organisation profile as a link older than version 3 brings it: no answers.
fn neutral_answers(org: &OrgProfile) -> OrgProfile {
    OrgProfile {
        early_access: Default::default(),
        cost_per_token: Default::default(),
        governance_appetite: Default::default(),
        azure_commitment: Default::default(),
        aws_commitment: Default::default(),
        multi_cloud_expertise: Default::default(),
        ..org.clone()
    }
}

/// A scenario built in memory opens from a link of `version` (and, for today's version 5,
/// from a file) exactly when it passes the app's checks, and opens as it was (older versions:
/// as much of it as they carry).
fn built(s: &Scenario, version: char) {
    let valid = check_decoded(s).is_ok();
    let pay_as_you_go = Scenario {
        workloads: s
            .workloads
            .iter()
            .map(|w| Workload {
                provisioning: Default::default(),
                ..w.clone()
            })
            .collect(),
        org: without_levers(&s.org),
        currency: Currency::usd(),
        ..s.clone()
    };
    let unscheduled = Scenario {
        workloads: pay_as_you_go
            .workloads
            .iter()
            .map(|w| Workload {
                moves: Vec::new(),
                while_unavailable: Default::default(),
                ..w.clone()
            })
            .collect(),
        ..pay_as_you_go.clone()
    };
    let older = Scenario {
        org: neutral_answers(&s.org),
        ..unscheduled.clone()
    };
    let (token, expected) = match version {
        '5' => (share_link::encode_unchecked(s), s.clone()),
        '4' => (share_link::encode_version_4_unchecked(s), pay_as_you_go),
        '3' => (share_link::encode_version_3_unchecked(s), unscheduled),
        '2' => (share_link::encode_version_2_unchecked(s), older),
        _ => (
            share_link::encode_version_1_unchecked(s),
            Scenario {
                ranges: Default::default(),
                ..older
            },
        ),
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
    if version != '5' {
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
