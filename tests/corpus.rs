//! Hostile inputs for the share-link decoder and the file importer, one file per input under
//! `tests/corpus/`. A file's name says what must happen: `<outcome>--<what it is>.<ext>`,
//! where `<outcome>` is `ok` or the kind of error (see `link_outcome` and `file_outcome`).
//! The `ok--` files are also compatibility fixtures: links and files made by this version
//! must keep opening, so they are never regenerated.
//!
//! Inputs too big to commit are made here, in `generated_*`.
//!
//! `CLOUDSPLIT_WRITE_CORPUS=1 cargo test --test corpus` writes the generated files of the
//! corpus that are missing (existing files are left alone).

use std::fs;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use cloudsplit::engine::io::scenario_file::{self, FileError};
use cloudsplit::engine::io::share_link::{self, ShareLinkError};
use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::limits::MAX_WORKLOADS;
use cloudsplit::engine::model::scenario::{Placement, Scenario, Workload, WorkloadId, YearMonth, Zone};
use cloudsplit::engine::model::schedule::{Move, MoveAt, WhileUnavailable};

fn corpus(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(kind)
}

fn link_outcome(result: &Result<Scenario, ShareLinkError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(ShareLinkError::Empty) => "empty",
        Err(ShareLinkError::TooLong { .. }) => "too-long",
        Err(ShareLinkError::Damaged) => "damaged",
        Err(ShareLinkError::UnknownVersion(_)) => "unknown-version",
        Err(ShareLinkError::NewerVersion) => "newer-version",
        Err(ShareLinkError::UnknownValue { .. }) => "unknown-value",
        Err(ShareLinkError::TooMuchData { .. }) => "too-much-data",
        Err(ShareLinkError::Invalid(_)) => "invalid",
        Err(ShareLinkError::TooLargeToShare { .. }) => "too-large-to-share",
    }
}

fn file_outcome(result: &Result<Scenario, FileError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(FileError::TooLarge { .. }) => "too-large",
        Err(FileError::NotText) => "not-text",
        Err(FileError::NotJson(_)) => "not-json",
        Err(FileError::NotAScenario(_)) => "not-a-scenario",
        Err(FileError::NewerVersion(_)) => "newer-version",
        Err(FileError::Damaged(_)) => "damaged",
        Err(FileError::Invalid(_)) => "invalid",
    }
}

fn expected(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.split("--").next().unwrap_or_default().to_owned()
}

fn entries(kind: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(corpus(kind))
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.is_file() && p.file_name().is_some_and(|n| n.to_string_lossy().contains("--")));
    paths.sort();
    paths
}

/// Every message is a sentence for a person: capitalised, ended, and not a wall of text.
fn assert_readable(message: &str, what: &str) {
    assert!(
        message.chars().next().is_some_and(char::is_uppercase),
        "{what}: {message}"
    );
    assert!(message.ends_with('.'), "{what}: {message}");
    assert!(message.len() < 400, "{what}: message of {} bytes", message.len());
}

#[test]
fn every_share_link_in_the_corpus_gives_its_outcome() {
    let paths = entries("share_links");
    assert!(paths.len() >= 20, "corpus has {} links", paths.len());
    for path in paths {
        let text = fs::read_to_string(&path).unwrap_or_default();
        let got = share_link::decode_link(&text);
        let label = path.display().to_string();
        assert_eq!(link_outcome(&got), expected(&path), "{label}: {got:?}");
        // A fragment goes through the same decoder as a pasted link (an address bar holds
        // no line breaks).
        let in_address_bar = !text.trim().contains(char::is_whitespace);
        if let Some((_, hash)) = text.trim().split_once('#').filter(|_| in_address_bar) {
            assert_eq!(
                share_link::decode_fragment(hash).ok().flatten(),
                got.clone().ok(),
                "{label}"
            );
        }
        let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        match got {
            Err(e) => {
                println!("{name}: {e}");
                assert_readable(&e.to_string(), &label);
            }
            Ok(s) => assert_eq!(
                share_link::decode(&share_link::encode(&s).unwrap_or_default()),
                Ok(s)
            ),
        }
    }
}

/// Past the envelope (where the fuzz target `share_link_payload` starts): a link's unpacked
/// payload gives what the whole link gives.
#[test]
fn every_link_opens_the_same_from_its_unpacked_payload() {
    let mut unpacked = 0;
    for path in entries("share_links") {
        let text: String = fs::read_to_string(&path)
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let token = text.rsplit("s=").next().unwrap_or_default();
        let Some(version @ ('1' | '2' | '3' | '4' | '5')) = token.chars().next() else {
            continue;
        };
        let Ok(packed) = URL_SAFE_NO_PAD.decode(&token[1..]) else {
            continue;
        };
        let Ok(bytes) =
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, share_link::MAX_INFLATED_BYTES)
        else {
            continue;
        };
        assert_eq!(
            share_link::decode_payload(version, &bytes),
            share_link::decode(token),
            "{}",
            path.display()
        );
        unpacked += 1;
    }
    assert!(unpacked >= 20, "{unpacked} links unpacked");
    assert!(matches!(
        share_link::decode_payload('6', &[]),
        Err(ShareLinkError::UnknownVersion(_))
    ));
}

#[test]
fn every_file_in_the_corpus_gives_its_outcome() {
    let paths = entries("files");
    assert!(paths.len() >= 12, "corpus has {} files", paths.len());
    for path in paths {
        let bytes = fs::read(&path).unwrap_or_default();
        let got = scenario_file::import(&bytes);
        let label = path.display().to_string();
        assert_eq!(file_outcome(&got), expected(&path), "{label}: {got:?}");
        let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        match got {
            Err(e) => {
                println!("{name}: {e}");
                assert_readable(&e.to_string(), &label);
            }
            Ok(s) => assert_eq!(scenario_file::import(scenario_file::export(&s).as_bytes()), Ok(s)),
        }
    }
}

#[test]
fn markup_in_names_arrives_as_plain_text() {
    let link = fs::read_to_string(corpus("share_links").join("ok--script-in-names.txt")).unwrap_or_default();
    let file = fs::read(corpus("files").join("ok--script-in-names.json")).unwrap_or_default();
    for s in [
        share_link::decode_link(&link).unwrap_or_default(),
        scenario_file::import(&file).unwrap_or_default(),
    ] {
        assert_eq!(s.name, "<script>alert(1)</script>");
        assert_eq!(s.workloads[0].name, "\"><img src=x onerror=alert(1)>");
        assert_eq!(s.workloads[1].name, "Q&A </title><svg onload=alert(2)>");
    }
}

#[test]
fn generated_hostile_links() {
    // Longer than any link.
    let long = format!("https://a.example/#s=1{}", "A".repeat(share_link::MAX_LINK_CHARS));
    assert!(matches!(
        share_link::decode_link(&long),
        Err(ShareLinkError::TooLong { .. })
    ));
    assert!(matches!(
        share_link::decode_fragment(&long),
        Err(ShareLinkError::TooLong { .. })
    ));

    // A 10 MB name compresses to a short link, but unpacks past the cap.
    let mut s = board(1);
    s.name = "n".repeat(10 * 1024 * 1024);
    let token = share_link::encode_unchecked(&s);
    assert!(token.len() < share_link::MAX_LINK_CHARS, "{}", token.len());
    let got = share_link::decode(&token);
    assert!(matches!(got, Err(ShareLinkError::TooMuchData { .. })), "{got:?}");
    assert!(matches!(share_link::encode(&s), Err(ShareLinkError::Invalid(_))));

    // 100,000 workloads do not fit in the longest link: refused before anything is unpacked.
    let many = share_link::encode_unchecked(&board(100_000));
    let got = share_link::decode(&many);
    assert!(matches!(got, Err(ShareLinkError::TooLong { .. })), "{got:?}");
    // Even all alike (so they compress to a short link), they unpack past the cap.
    let mut alike = board(100_000);
    for w in &mut alike.workloads {
        w.id = WorkloadId(1);
        w.name = String::new();
    }
    let token = share_link::encode_unchecked(&alike);
    assert!(token.len() < share_link::MAX_LINK_CHARS, "{}", token.len());
    let got = share_link::decode(&token);
    assert!(matches!(got, Err(ShareLinkError::TooMuchData { .. })), "{got:?}");

    // Just over the workload limit, small enough to unpack: refused by count.
    let over = board(MAX_WORKLOADS + 1);
    let got = share_link::decode(&share_link::encode_unchecked(&over));
    assert!(
        matches!(&got, Err(ShareLinkError::Invalid(p)) if p.to_string().contains("1,001 workloads") || p.to_string().contains("1001 workloads")),
        "{got:?}"
    );
    // At the limit it opens.
    assert!(share_link::decode(&share_link::encode_unchecked(&board(MAX_WORKLOADS))).is_ok());
}

#[test]
fn generated_hostile_files() {
    let big = vec![b'{'; scenario_file::MAX_FILE_BYTES + 1];
    assert!(matches!(
        scenario_file::import(&big),
        Err(FileError::TooLarge { .. })
    ));

    let mut s = board(1);
    s.name = "n".repeat(10 * 1024 * 1024);
    let got = scenario_file::import(scenario_file::export(&s).as_bytes());
    assert!(matches!(got, Err(FileError::TooLarge { .. })), "a 10 MB name");

    let got = scenario_file::import(scenario_file::export(&board(100_000)).as_bytes());
    assert!(
        matches!(got, Err(FileError::TooLarge { .. })),
        "100,000 workloads"
    );

    let got = scenario_file::import(scenario_file::export(&board(MAX_WORKLOADS + 1)).as_bytes());
    assert!(matches!(got, Err(FileError::Invalid(_))), "{got:?}");

    // Deeply nested JSON is refused by the parser, not by the stack.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        scenario_file::import(deep.as_bytes()),
        Err(FileError::NotJson(_))
    ));
}

/// `n` small workloads.
fn board(n: usize) -> Scenario {
    let workloads = (0..n)
        .map(|i| {
            let mut w = cloudsplit::engine::model::scenario::Workload::new(
                WorkloadId(i as u32 + 1),
                WorkloadKind::ALL[i % WorkloadKind::ALL.len()],
                String::new(),
            );
            w.name = format!("W{i}");
            w
        })
        .collect();
    Scenario {
        workloads,
        ..Scenario::default()
    }
}

// ---------------------------------------------------------------------------------------
// Writing the corpus.

/// A board like a workshop's, with `n` workloads.
fn workshop(n: usize) -> Scenario {
    let mut s = Scenario {
        name: "Q3 placement workshop".into(),
        ..Scenario::default()
    };
    s.org.azure_discount_percent = 12.5;
    for i in 0..n {
        let id = s.add_workload(WorkloadKind::ALL[i % WorkloadKind::ALL.len()]);
        s.move_to(id, Zone::ALL[(i + 3) % 4]);
    }
    s.overrides.insert("azure.price.gpt-4.1.input".into(), 1.8);
    s
}

fn with(f: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = workshop(3);
    f(&mut s);
    s
}

fn scripted() -> Scenario {
    with(|s| {
        s.name = "<script>alert(1)</script>".into();
        s.workloads[0].name = "\"><img src=x onerror=alert(1)>".into();
        s.workloads[1].name = "Q&A </title><svg onload=alert(2)>".into();
    })
}

/// The token's payload, unpacked.
fn payload(token: &str) -> Vec<u8> {
    let packed = URL_SAFE_NO_PAD.decode(&token[1..]).unwrap_or_default();
    miniz_oxide::inflate::decompress_to_vec_zlib(&packed).unwrap_or_default()
}

fn pack(payload: &[u8]) -> String {
    format!(
        "1{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(payload, 10))
    )
}

/// Links as they were made: version 1 until ranges travelled, version 2 until the
/// organisation's answers travelled, version 3 since (each version's entries follow the
/// earlier ones). Existing files are never rewritten, so each entry
/// keeps describing the file it made.
fn link_corpus() -> Vec<(&'static str, String)> {
    let url = |token: &str| format!("https://tools.example.com/cloudsplit/#s={token}");
    let v2 = |s: Scenario| url(&share_link::encode_version_2_unchecked(&s));
    let v3 = |s: Scenario| url(&share_link::encode_version_3_unchecked(&s));
    let v4 = |s: Scenario| url(&share_link::encode_version_4_unchecked(&s));
    let v5 = |s: Scenario| url(&share_link::encode_unchecked(&s));
    let ranged = |f: fn(&mut Scenario)| {
        let mut s = workshop(3);
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.12));
        f(&mut s);
        v2(s)
    };
    let good = share_link::encode_version_1_unchecked(&workshop(3));
    let body = &good[1..];
    let unchecked = |s: Scenario| url(&share_link::encode_version_1_unchecked(&s));

    // A one-workload board whose model byte is at a known place in the payload.
    let mut one = Scenario {
        name: "X".into(),
        ..Scenario::default()
    };
    one.add_workload(WorkloadKind::SupportChatbot);
    let mut bytes = payload(&share_link::encode_version_1_unchecked(&one));
    // name(2) year(2) month horizon native governance 2 discounts 2 contracts, count, id,
    // workload name (1 + 24), kind: the model's code follows.
    let model_at = 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1 + 1 + 25 + 1;
    assert_eq!(bytes.get(model_at), Some(&3), "Gpt41Mini's code");
    assert_eq!(one.workloads[0].model, Model::Gpt41Mini);
    bytes[model_at] = 200;
    let unknown_model = pack(&bytes);
    let mut trailing = payload(&good);
    trailing.push(0);

    let mut changed = good.clone().into_bytes();
    let mid = changed.len() / 2;
    changed[mid] = if changed[mid] == b'Q' { b'R' } else { b'Q' };

    let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
        &vec![0u8; 4 << 20],
        10,
    ));

    vec![
        (
            "ok--typical-20-workloads.txt",
            url(&share_link::encode_version_1_unchecked(&workshop(20))),
        ),
        ("ok--fragment-only.txt", format!("#s={good}")),
        ("ok--bare-token.txt", good.clone()),
        (
            "ok--script-in-names.txt",
            url(&share_link::encode_version_1_unchecked(&scripted())),
        ),
        ("ok--wrapped-by-a-mail-client.txt", {
            let u = url(&good);
            format!("{}\n{}\n", &u[..60], &u[60..])
        }),
        (
            "ok--empty-board.txt",
            url(&share_link::encode_version_1_unchecked(&Scenario::default())),
        ),
        (
            "empty--no-fragment.txt",
            "https://tools.example.com/cloudsplit/".into(),
        ),
        (
            "empty--empty-token.txt",
            "https://tools.example.com/cloudsplit/#s=".into(),
        ),
        (
            "empty--other-fragment.txt",
            "https://tools.example.com/cloudsplit/#pricing".into(),
        ),
        ("damaged--truncated.txt", url(&good[..good.len() / 2])),
        ("damaged--last-characters-lost.txt", url(&good[..good.len() - 3])),
        ("damaged--version-only.txt", url("1")),
        (
            "damaged--corrupted-base64.txt",
            url(&format!("1{}*!{}", &body[..10], &body[12..])),
        ),
        (
            "damaged--one-character-changed.txt",
            url(&String::from_utf8(changed).unwrap_or_default()),
        ),
        (
            "damaged--not-compressed.txt",
            url(&format!("1{}", URL_SAFE_NO_PAD.encode(b"hello, cloudsplit"))),
        ),
        ("damaged--extra-bytes-after-scenario.txt", url(&pack(&trailing))),
        ("damaged--empty-payload.txt", url(&pack(&[]))),
        ("unknown-version--zero.txt", url(&format!("0{body}"))),
        ("unknown-version--punctuation.txt", url(&format!("~{body}"))),
        // Made when version 2 was still unknown; since version 2 exists it reads as a
        // version 2 payload that lacks its ranges.
        (
            "damaged--version-2-mark-on-a-version-1-payload.txt",
            url(&format!("2{body}")),
        ),
        ("newer-version--z.txt", url(&format!("Z{body}"))),
        ("unknown-value--model-code-200.txt", url(&unknown_model)),
        (
            "too-much-data--compression-bomb-4-mib.txt",
            url(&format!("1{bomb}")),
        ),
        (
            "invalid--negative-volume.txt",
            unchecked(with(|s| s.workloads[0].monthly_volume = -1000.0)),
        ),
        (
            "invalid--nan-tokens.txt",
            unchecked(with(|s| s.workloads[1].tokens_in = f64::NAN)),
        ),
        (
            "invalid--infinite-data.txt",
            unchecked(with(|s| s.workloads[2].data_gb = f64::INFINITY)),
        ),
        (
            "invalid--name-121-characters.txt",
            unchecked(with(|s| s.name = "x".repeat(121))),
        ),
        (
            "invalid--workload-name-5000-characters.txt",
            unchecked(with(|s| s.workloads[0].name = "<b>".repeat(1700))),
        ),
        (
            "invalid--both-share-250-percent.txt",
            unchecked(with(|s| {
                s.workloads[0].placement = Placement::Both { azure_percent: 250 }
            })),
        ),
        (
            "invalid--horizon-0-years.txt",
            unchecked(with(|s| s.horizon_years = 0)),
        ),
        (
            "invalid--horizon-200-years.txt",
            unchecked(with(|s| s.horizon_years = 200)),
        ),
        (
            "invalid--month-13.txt",
            unchecked(with(|s| {
                s.start = YearMonth {
                    year: 2027,
                    month: 13,
                }
            })),
        ),
        (
            "invalid--duplicate-workload-ids.txt",
            unchecked(with(|s| s.workloads[1].id = s.workloads[0].id)),
        ),
        (
            "invalid--discount-150-percent.txt",
            unchecked(with(|s| s.org.azure_discount_percent = 150.0)),
        ),
        (
            "invalid--override-nan.txt",
            unchecked(with(|s| {
                s.overrides.insert("aws.price.gpt-5.output".into(), f64::NAN);
            })),
        ),
        ("invalid--1001-workloads.txt", unchecked(board(MAX_WORKLOADS + 1))),
        // Version 2: assumption ranges travel.
        (
            "ok--version-2-with-ranges.txt",
            ranged(|s| {
                s.ranges.insert("growth.volume-per-month".into(), (1.0, 4.0));
                s.ranges
                    .insert("availability.azure.frontier".into(), (202_701.0, 202_806.0));
                s.ranges.insert("from.a.newer.app".into(), (1.0, 2.0));
            }),
        ),
        // Made when version 3 was still unknown; since version 3 exists it reads as a
        // version 3 payload that lacks its ranges and answers.
        (
            "damaged--version-3-mark-on-a-version-1-payload.txt",
            url(&format!("3{body}")),
        ),
        (
            "invalid--range-low-above-high.txt",
            ranged(|s| {
                s.ranges.insert("growth.volume-per-month".into(), (4.0, 1.0));
            }),
        ),
        (
            "invalid--range-nan.txt",
            ranged(|s| {
                s.ranges.insert("aws.price.gpt-5.output".into(), (f64::NAN, 12.0));
            }),
        ),
        (
            "invalid--range-above-the-assumptions-maximum.txt",
            ranged(|s| {
                s.ranges.insert("usage.batch-share".into(), (0.0, 150.0));
            }),
        ),
        (
            "invalid--range-never-for-a-date.txt",
            ranged(|s| {
                s.ranges
                    .insert("availability.azure.frontier".into(), (0.0, 202_712.0));
            }),
        ),
        // Version 3: the organisation's answers travel.
        ("ok--version-3-with-answers.txt", v3(answered())),
        // Made when version 4 was still unknown; since version 4 exists it reads as a
        // version 4 payload that lacks everything after version 1's fields.
        (
            "damaged--version-4-mark-on-a-version-1-payload.txt",
            url(&format!("4{body}")),
        ),
        // Made when version 5 was still unknown; since version 5 exists it reads as a
        // version 5 payload that lacks everything after version 1's fields.
        (
            "damaged--version-5-mark-on-a-version-1-payload.txt",
            url(&format!("5{body}")),
        ),
        ("newer-version--6.txt", url(&format!("6{body}"))),
        // Version 4: schedules travel.
        ("ok--version-4-with-schedules.txt", v4(scheduled(|_| {}))),
        (
            "invalid--move-outside-the-plan.txt",
            v4(scheduled(|w| w.moves[0].at = MoveAt::Month(400))),
        ),
        (
            "invalid--moves-out-of-order.txt",
            v4(scheduled(|w| {
                w.moves.push(Move::new(MoveAt::Month(3), Placement::Azure));
            })),
        ),
        (
            "invalid--move-to-the-same-place.txt",
            v4(scheduled(|w| w.moves[0].to = w.placement)),
        ),
        (
            "invalid--three-hundred-moves.txt",
            v4(scheduled(|w| {
                w.moves = vec![Move::new(MoveAt::Month(1), Placement::Aws); 300];
            })),
        ),
        (
            "invalid--dual-running-longer-than-the-plan.txt",
            v4(scheduled(|w| w.moves[0].dual_months = 200)),
        ),
        (
            "invalid--commitment-size-negative.txt",
            v3(with_answers(|s| s.org.aws_commitment.annual_usd = -5.0)),
        ),
        (
            "invalid--commitment-ends-in-year-9999.txt",
            v3(with_answers(|s| {
                s.org.azure_commitment.ends = YearMonth::new(9999, 1);
            })),
        ),
        ("unknown-value--importance-code-7.txt", url(&unknown_importance())),
        // Version 5: the procurement levers travel.
        ("ok--version-5-with-procurement-levers.txt", v5(procured(|_| {}))),
        (
            "invalid--ptu-count-above-the-limit.txt",
            v5(procured(|s| s.workloads[0].provisioning.units = Some(2_000_000))),
        ),
        (
            "invalid--peak-below-the-average.txt",
            v5(procured(|s| {
                s.workloads[0].provisioning.peak_to_average = Some(0.5)
            })),
        ),
        (
            "invalid--commitment-term-40-years.txt",
            v5(procured(|s| s.org.azure_commitment.term_years = 40)),
        ),
        (
            "invalid--commitment-discount-150-percent.txt",
            v5(procured(|s| {
                s.org.azure_commitment.discount_percent = Some(150.0)
            })),
        ),
        (
            "invalid--exchange-rate-0.txt",
            v5(procured(|s| s.currency.per_usd = 0.0)),
        ),
    ]
}

/// A board with a provisioned workload, commitments with terms and discounts, in euros, after `f`.
fn procured(f: impl FnOnce(&mut Scenario)) -> Scenario {
    use cloudsplit::engine::model::capacity::{Capacity, Provisioning, PtuTerm};
    let mut s = answered();
    s.workloads[0].provisioning = Provisioning {
        capacity: Capacity::CheaperOfTheTwo,
        term: PtuTerm::Yearly,
        units: Some(50),
        peak_to_average: Some(2.5),
        ..Provisioning::default()
    };
    s.org.azure_commitment.term_years = 3;
    s.org.azure_commitment.discount_percent = Some(15.0);
    s.currency = cloudsplit::engine::model::currency::Currency::eur();
    f(&mut s);
    s
}

/// A board whose organisation answered every question of the framework.
fn answered() -> Scenario {
    use cloudsplit::engine::model::scenario::{Commitment, Expertise, GovernanceAppetite, Importance};
    let mut s = workshop(3);
    s.org.early_access = Importance::High;
    s.org.cost_per_token = Importance::Low;
    s.org.governance_appetite = GovernanceAppetite::High;
    s.org.azure_contract = true;
    s.org.aws_contract = true;
    s.org.azure_commitment = Commitment {
        annual_usd: 1_500_000.0,
        ends: YearMonth::new(2028, 6),
        ..Commitment::default()
    };
    s.org.aws_commitment = Commitment {
        annual_usd: 750_000.0,
        ends: None,
        ..Commitment::default()
    };
    s.org.multi_cloud_expertise = Expertise::Partial;
    s
}

fn with_answers(f: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = answered();
    f(&mut s);
    s
}

/// A board whose first placed workload moves to AWS in month 12, after `f` edits it.
fn scheduled(f: impl FnOnce(&mut Workload)) -> Scenario {
    let mut s = answered();
    if let Some(w) = s
        .workloads
        .iter_mut()
        .find(|w| w.placement != Placement::Unplaced)
    {
        w.placement = Placement::Azure;
        w.moves = vec![Move::new(MoveAt::Month(12), Placement::Aws)];
        w.while_unavailable = WhileUnavailable::Wait;
        f(w);
    }
    s
}

/// A version 3 link whose early-access answer carries a code no version knows: the byte
/// found where two payloads differing only in that answer differ.
fn unknown_importance() -> String {
    use cloudsplit::engine::model::scenario::Importance;
    let high = payload(&share_link::encode_version_3_unchecked(&answered()));
    let low = payload(&share_link::encode_version_3_unchecked(&with_answers(|s| {
        s.org.early_access = Importance::Low;
    })));
    let at = high.iter().zip(&low).position(|(a, b)| a != b).unwrap_or(0);
    assert_eq!((high[at], low[at]), (2, 0), "early access's code");
    let mut bytes = high;
    bytes[at] = 7;
    format!("3{}", &pack(&bytes)[1..])
}

fn file_corpus() -> Vec<(&'static str, Vec<u8>)> {
    let export = |s: &Scenario| scenario_file::export(s).into_bytes();
    let good = scenario_file::export(&workshop(3));
    let replace = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1).into_bytes()
    };
    vec![
        ("ok--exported-board.json", export(&workshop(5))),
        ("ok--script-in-names.json", export(&scripted())),
        (
            "ok--with-byte-order-mark.json",
            format!("\u{feff}{good}").into_bytes(),
        ),
        (
            "ok--compact-as-stored-in-version-1.json",
            cloudsplit::engine::io::stored_scenario::to_json(&workshop(2)).into_bytes(),
        ),
        (
            "ok--unknown-extra-field.json",
            replace(
                "\"horizon_years\"",
                "\"from_a_later_version\": [1, 2],\n    \"horizon_years\"",
            ),
        ),
        (
            "not-text--binary.json",
            vec![0x89, b'P', b'N', b'G', 0xff, 0xfe, 0x00, 0x01],
        ),
        (
            "not-json--truncated.json",
            good.as_bytes()[..good.len() / 2].to_vec(),
        ),
        ("not-json--empty.json", Vec::new()),
        (
            "not-json--number-out-of-range.json",
            replace("\"aws_discount_percent\": 0.0", "\"aws_discount_percent\": 1e400"),
        ),
        (
            "not-a-scenario--other-format.json",
            replace("cloudsplit-scenario", "cloudsplit-library"),
        ),
        ("not-a-scenario--a-list.json", b"[1, 2, 3]\n".to_vec()),
        ("not-a-scenario--no-version.json", replace("\"version\": 1,", "")),
        (
            "newer-version--9.json",
            replace("\"version\": 1", "\"version\": 9"),
        ),
        (
            "damaged--horizon-as-text.json",
            replace("\"horizon_years\": 3", "\"horizon_years\": \"three\""),
        ),
        (
            "damaged--null-volume.json",
            replace("\"monthly_volume\": 1000000.0", "\"monthly_volume\": null"),
        ),
        (
            "damaged--unknown-model.json",
            replace("\"model\": \"Gpt41Mini\"", "\"model\": \"Gpt9\""),
        ),
        // Found by fuzzing share_link_payload: a NaN in an optional number was written as
        // null and opened as "not stated", a valid scenario the sender never had.
        (
            "damaged--peak-to-average-not-a-number.json",
            export(&{
                let mut s = workshop(3);
                s.workloads[0].provisioning.capacity =
                    cloudsplit::engine::model::capacity::Capacity::Provisioned;
                s.workloads[0].provisioning.peak_to_average = Some(f64::NAN);
                s
            }),
        ),
        (
            "not-a-scenario--no-scenario.json",
            b"{\"format\": \"cloudsplit-scenario\", \"version\": 1}\n".to_vec(),
        ),
        (
            "invalid--negative-volume.json",
            replace("\"monthly_volume\": 1000000.0", "\"monthly_volume\": -1000000.0"),
        ),
        (
            "invalid--name-too-long.json",
            replace("\"Q3 placement workshop\"", &format!("\"{}\"", "y".repeat(500))),
        ),
        (
            "invalid--both-share-101.json",
            replace("\"azure_percent\": 50", "\"azure_percent\": 101"),
        ),
    ]
}

#[test]
fn write_missing_corpus_files() {
    if std::env::var_os("CLOUDSPLIT_WRITE_CORPUS").is_none() {
        return;
    }
    for (kind, files) in [
        (
            "share_links",
            link_corpus()
                .into_iter()
                .map(|(n, t)| (n, t.into_bytes()))
                .collect::<Vec<_>>(),
        ),
        ("files", file_corpus()),
    ] {
        let dir = corpus(kind);
        fs::create_dir_all(&dir).unwrap_or_default();
        for (name, bytes) in files {
            let path = dir.join(name);
            if !path.exists() {
                fs::write(&path, bytes).unwrap_or_default();
                println!("wrote {}", path.display());
            }
        }
    }
}

/// Links and files made before the organisation's answers travelled open with the neutral
/// answers; a version 3 link carries them.
#[test]
fn older_links_and_files_open_with_neutral_answers() {
    use cloudsplit::engine::model::scenario::{Expertise, GovernanceAppetite, Importance, OrgProfile};
    let neutral = |o: &OrgProfile| {
        o.early_access == Importance::Medium
            && o.cost_per_token == Importance::Medium
            && o.governance_appetite == GovernanceAppetite::Medium
            && o.multi_cloud_expertise == Expertise::Unstated
            && o.azure_commitment == Default::default()
            && o.aws_commitment == Default::default()
    };
    for name in ["ok--typical-20-workloads.txt", "ok--version-2-with-ranges.txt"] {
        let text = fs::read_to_string(corpus("share_links").join(name)).unwrap_or_default();
        let s = share_link::decode_link(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(neutral(&s.org), "{name}: {:?}", s.org);
    }
    for name in [
        "ok--exported-board.json",
        "ok--compact-as-stored-in-version-1.json",
    ] {
        let bytes = fs::read(corpus("files").join(name)).unwrap_or_default();
        let s = scenario_file::import(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(neutral(&s.org), "{name}: {:?}", s.org);
    }
    let text =
        fs::read_to_string(corpus("share_links").join("ok--version-3-with-answers.txt")).unwrap_or_default();
    let s = share_link::decode_link(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.org, answered().org);
}
