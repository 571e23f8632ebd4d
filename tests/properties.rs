//! Properties of the share-link codec, scenario files and the stored library, over arbitrary
//! valid scenarios and arbitrary hostile input.

// Built field by field from defaults, so these strategies keep compiling when the structs
// gain fields (which will carry `#[serde(default)]`).
#![allow(clippy::field_reassign_with_default)]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use proptest::prelude::*;

use cloudsplit::engine::io::scenario_file;
use cloudsplit::engine::io::share_link;
use cloudsplit::engine::io::untrusted::check_decoded;
use cloudsplit::engine::library::{self, Edit, Library, TabId, Timestamp};
use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::limits;
use cloudsplit::engine::model::scenario::{
    Criticality, Framework, GovernanceModel, Location, NativeCloud, OrgProfile, Placement, Residency,
    Scenario, Workload, WorkloadId, YearMonth,
};

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

/// Any name a person could type or paste that the app accepts (not blank, no control
/// characters, at most `max` characters): every other kind of character, markup included.
fn name_up_to(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(
            any::<char>().prop_filter("printable", |c| !c.is_control()),
            0..max
        )
        .prop_map(|chars| format!("N{}", String::from_iter(chars))),
        "N[a-zA-Z0-9 ()&<>\"'/:-]{0,60}",
        Just("<script>alert(1)</script>".to_owned()),
    ]
}

fn name() -> impl Strategy<Value = String> {
    name_up_to(limits::MAX_WORKLOAD_NAME_CHARS)
}

/// Numbers between `0` and `max`: typed ones (whole, a few decimals) and arbitrary ones.
fn amount(max: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0..=max,
        (0u64..=max as u64).prop_map(|n| n as f64),
        (0u64..=(max * 100.0).min(1e15) as u64).prop_map(|n| n as f64 / 100.0),
        Just(0.0),
        Just(max),
    ]
}

fn placement() -> impl Strategy<Value = Placement> {
    prop_oneof![
        Just(Placement::Unplaced),
        Just(Placement::Azure),
        Just(Placement::Aws),
        (0u8..=100).prop_map(|azure_percent| Placement::Both { azure_percent }),
    ]
}

fn workload() -> impl Strategy<Value = Workload> {
    (
        (pick(&WorkloadKind::ALL), pick(&Model::ALL), name()),
        (
            amount(1e12),
            amount(2e6),
            amount(2e6),
            amount(10_000.0),
            amount(24.0),
            amount(1e7),
        ),
        (pick(&Location::ALL), pick(&Location::ALL), pick(&Residency::ALL)),
        (
            prop::collection::btree_set(pick(&Framework::ALL), 0..=4),
            pick(&Criticality::ALL),
            placement(),
        ),
    )
        .prop_map(
            |(
                (kind, model, name),
                nums,
                (data_location, runs_today, residency),
                (compliance, criticality, placement),
            )| {
                let mut w = Workload::new(WorkloadId(0), kind, name);
                w.model = model;
                (
                    w.monthly_volume,
                    w.tokens_in,
                    w.tokens_out,
                    w.steps_per_session,
                    w.agent_hours_per_session,
                    w.data_gb,
                ) = nums;
                w.data_location = data_location;
                w.runs_today = runs_today;
                w.residency = residency;
                w.compliance = compliance;
                w.criticality = criticality;
                w.placement = placement;
                w
            },
        )
}

const NATIVE: [NativeCloud; 4] = [
    NativeCloud::Azure,
    NativeCloud::Aws,
    NativeCloud::Both,
    NativeCloud::OnPremises,
];
const GOVERNANCE: [GovernanceModel; 2] = [GovernanceModel::Centralised, GovernanceModel::Federated];

fn org() -> impl Strategy<Value = OrgProfile> {
    (
        pick(&NATIVE),
        pick(&GOVERNANCE),
        amount(100.0),
        amount(100.0),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(native_cloud, governance, azure, aws, azure_contract, aws_contract)| {
                let mut o = OrgProfile::default();
                o.native_cloud = native_cloud;
                o.governance = governance;
                o.azure_discount_percent = azure;
                o.aws_discount_percent = aws;
                o.azure_contract = azure_contract;
                o.aws_contract = aws_contract;
                o
            },
        )
}

/// Any scenario the app accepts.
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        name_up_to(limits::MAX_SCENARIO_NAME_CHARS),
        (limits::MIN_START_YEAR..=limits::MAX_START_YEAR, 1u8..=12, 1u8..=7),
        org(),
        prop::collection::vec(workload(), 0..12),
        prop::collection::btree_set(any::<u32>(), 12),
        prop::collection::btree_map(
            "[a-z0-9.-]{1,40}",
            any::<f64>().prop_filter("finite", |v| v.is_finite()),
            0..8,
        ),
    )
        .prop_map(
            |(name, (year, month, horizon_years), org, mut workloads, ids, overrides)| {
                for (w, id) in workloads.iter_mut().zip(ids) {
                    w.id = WorkloadId(id);
                }
                let mut s = Scenario::default();
                s.name = name;
                s.start = YearMonth { year, month };
                s.horizon_years = horizon_years;
                s.org = org;
                s.workloads = workloads;
                s.overrides = overrides;
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_scenarios_are_valid(s in scenario()) {
        prop_assert_eq!(check_decoded(&s), Ok(()));
    }

    #[test]
    fn share_link_round_trips(s in scenario()) {
        let url = share_link::share_url("https://a.example/cloudsplit/", &s);
        prop_assert!(url.is_ok(), "{:?}", url);
        let url = url.unwrap_or_default();
        prop_assert_eq!(share_link::decode_link(&url), Ok(s.clone()));
        let hash = &url[url.find('#').unwrap_or(0)..];
        prop_assert_eq!(share_link::decode_fragment(hash), Ok(Some(s)));
    }

    #[test]
    fn file_round_trips(s in scenario()) {
        let text = scenario_file::export(&s);
        prop_assert_eq!(scenario_file::import(text.as_bytes()), Ok(s));
    }

    #[test]
    fn library_storage_round_trips(boards in prop::collection::vec(scenario(), 1..5)) {
        let mut l = Library::new();
        for (i, s) in boards.iter().enumerate() {
            let edit = Edit { now: Timestamp(i as u64 + 1), tab: TabId(7) };
            l.autosave(s, edit);
            if i % 2 == 0 {
                prop_assert!(l.save(edit).is_ok());
            }
        }
        let loaded = library::load(&library::to_json(&l), Timestamp(0));
        prop_assert_eq!(loaded.map(|x| x.library), Ok(l));
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = share_link::decode_link(&text);
        let _ = share_link::decode_fragment(&text);
        let _ = share_link::decode(&text);
        let _ = scenario_file::import(text.as_bytes());
        let _ = library::load(&text, Timestamp(0));
    }

    #[test]
    fn decoding_any_payload_never_panics_and_only_yields_valid_scenarios(
        bytes in prop::collection::vec(any::<u8>(), 0..3000),
        compressed in any::<bool>(),
    ) {
        let body = if compressed {
            miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 6)
        } else {
            bytes.clone()
        };
        if let Ok(s) = share_link::decode(&format!("1{}", URL_SAFE_NO_PAD.encode(body))) {
            prop_assert_eq!(check_decoded(&s), Ok(()));
        }
        let _ = scenario_file::import(&bytes);
    }

    #[test]
    fn a_damaged_link_is_refused_or_opens_as_a_valid_scenario(
        s in scenario(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        // Change bytes of the payload itself and pack it again with a fresh checksum: this
        // reaches the payload decoder and the checks behind it.
        let token = share_link::encode_unchecked(&s);
        let packed = URL_SAFE_NO_PAD.decode(&token[1..]).unwrap_or_default();
        let mut payload = miniz_oxide::inflate::decompress_to_vec_zlib(&packed).unwrap_or_default();
        prop_assume!(!payload.is_empty());
        for (at, byte) in flips {
            let i = at.index(payload.len());
            payload[i] = byte;
        }
        let repacked = miniz_oxide::deflate::compress_to_vec_zlib(&payload, 6);
        if let Ok(decoded) = share_link::decode(&format!("1{}", URL_SAFE_NO_PAD.encode(repacked))) {
            prop_assert_eq!(check_decoded(&decoded), Ok(()));
        }
    }

    #[test]
    fn merging_with_no_change_on_either_side_changes_nothing(
        boards in prop::collection::vec(scenario(), 1..4),
    ) {
        let mut l = Library::new();
        for (i, s) in boards.iter().enumerate() {
            let edit = Edit { now: Timestamp(i as u64), tab: TabId(1) };
            l.autosave(s, edit);
            let _ = l.save_as(&format!("Board {i}"), edit);
        }
        let edit = Edit { now: Timestamp(99), tab: TabId(2) };
        let m = library::merge(&l, &l, &l, edit);
        prop_assert_eq!(&m.library, &l);
        prop_assert!(!m.write_back && !m.took_theirs && m.conflicts.is_empty());
    }
}
