//! Share links: the whole scenario in the URL fragment (`#s=…`), so it never reaches a
//! server log.
//!
//! A link token is one version character followed by
//! `base64url(zlib(postcard(payload)))`. The version character picks the payload layout
//! (`1` = `v1`, `2` = `v2`, which adds assumption ranges, `3` = `v3`, which adds the
//! organisation's answers to the framework's questions, `4` = `v4`, which adds the workloads'
//! schedules, `5` = `v5`, which adds the procurement levers: commitment terms and discounts,
//! and each workload's capacity); links are written with the latest
//! and every earlier version keeps opening. zlib's checksum catches a link that was cut or had a character changed,
//! so a damaged link is refused rather than opened with a different number in it.
//!
//! Decoding is for untrusted text. Each step is bounded before it runs: the text's length,
//! then the unpacked size (inflating stops at [`MAX_INFLATED_BYTES`]: a compression bomb
//! never gets further), then the checks every decoder shares
//! ([`check_decoded`]).

mod v1;
mod v2;
mod v3;
mod v4;
mod v5;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
use thiserror::Error;

use crate::io::untrusted::{check_decoded, ScenarioProblem};
use crate::model::limits::MAX_WORKLOADS;
use crate::model::scenario::Scenario;
use crate::model::schedule::MAX_MOVES;

/// The fragment is `#s=<token>`; `FRAGMENT_KEY` is the part before the token.
pub const FRAGMENT_KEY: &str = "s=";
/// The version character links are written with today.
pub const CURRENT_VERSION: char = '5';
/// Versions are written `1`..`9`, then `A`..`Z`: anything further along this list than
/// [`CURRENT_VERSION`] comes from a newer app.
const VERSION_ORDER: &str = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// Longest text [`decode_link`] looks at, whole URL included.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// Inflating stops here; the biggest real scenarios unpack to a few tens of kilobytes.
pub const MAX_INFLATED_BYTES: usize = 1024 * 1024;
/// Links longer than this are refused by some mail clients and chat apps: [`encode`] says
/// so instead of producing one (export a file instead).
pub const MAX_SHAREABLE_CHARS: usize = 32 * 1024;
/// Best compression: links are made once and read by people on slow phones.
const DEFLATE_LEVEL: u8 = 10;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ShareLinkError {
    #[error("This link has no scenario in it.")]
    Empty,
    #[error("This link is too long to be a cloudsplit link ({len} characters; at most {max}).")]
    TooLong { len: usize, max: usize },
    #[error("This link is damaged or incomplete. Ask for the link again and make sure all of it is copied.")]
    Damaged,
    #[error("This is not a cloudsplit scenario link (its version mark \u{201c}{0}\u{201d} is unknown).")]
    UnknownVersion(String),
    #[error(
        "This link was made by a newer version of cloudsplit. Reload the page to get the latest \
         version, then open the link again."
    )]
    NewerVersion,
    #[error(
        "This link uses a {what} that this version of cloudsplit does not know. It may have been \
         made by a newer version: reload the page and open the link again."
    )]
    UnknownValue { what: &'static str },
    #[error("This link holds more data than cloudsplit opens (more than {} MB once unpacked).", .max / (1024 * 1024))]
    TooMuchData { max: usize },
    #[error("The scenario in this link cannot be opened. {0}")]
    Invalid(#[from] ScenarioProblem),
    #[error(
        "This scenario is too large to share as a link ({len} characters). Export it as a file \
         and send the file instead."
    )]
    TooLargeToShare { len: usize },
}

/// The link token for `scenario`: version character plus payload, without `#s=`.
///
/// Refuses a scenario that would not open on the other side (the same checks decoding makes)
/// and one whose link would be unreasonably long.
pub fn encode(scenario: &Scenario) -> Result<String, ShareLinkError> {
    check_decoded(scenario)?;
    let token = encode_unchecked(scenario);
    if token.len() > MAX_SHAREABLE_CHARS {
        return Err(ShareLinkError::TooLargeToShare { len: token.len() });
    }
    Ok(token)
}

/// [`encode`] without the checks or the length limit. For tests and tools that need valid
/// encodings of invalid scenarios; the app uses [`encode`].
#[doc(hidden)]
pub fn encode_unchecked(scenario: &Scenario) -> String {
    pack(CURRENT_VERSION, &v5::ScenarioV5::from_scenario(scenario))
}

/// A version 4 token, as links were made before the procurement levers travelled (they are
/// dropped). For compatibility tests and fixtures only.
#[doc(hidden)]
pub fn encode_version_4_unchecked(scenario: &Scenario) -> String {
    pack('4', &v4::ScenarioV4::from_scenario(scenario))
}

/// A version 3 token, as links were made before schedules travelled (they are dropped). For
/// compatibility tests and fixtures only.
#[doc(hidden)]
pub fn encode_version_3_unchecked(scenario: &Scenario) -> String {
    pack('3', &v3::ScenarioV3::from_scenario(scenario))
}

/// A version 2 token, as links were made before the organisation's answers travelled (they
/// are dropped). For compatibility tests and fixtures only.
#[doc(hidden)]
pub fn encode_version_2_unchecked(scenario: &Scenario) -> String {
    pack('2', &v2::ScenarioV2::from_scenario(scenario))
}

/// A version 1 token, as links were made before ranges travelled (ranges are dropped). For
/// compatibility tests and fixtures only.
#[doc(hidden)]
pub fn encode_version_1_unchecked(scenario: &Scenario) -> String {
    pack('1', &v1::ScenarioV1::from_scenario(scenario))
}

fn pack(version: char, payload: &impl serde::Serialize) -> String {
    // Writing plain structs into a Vec cannot fail.
    let bytes = postcard::to_allocvec(payload).unwrap_or_default();
    let packed = compress_to_vec_zlib(&bytes, DEFLATE_LEVEL);
    let mut token = String::with_capacity(1 + packed.len() * 4 / 3 + 4);
    token.push(version);
    URL_SAFE_NO_PAD.encode_string(packed, &mut token);
    token
}

/// The fragment to put in the address bar, with its `#`: `#s=<token>`.
pub fn fragment(scenario: &Scenario) -> Result<String, ShareLinkError> {
    Ok(format!("#{FRAGMENT_KEY}{}", encode(scenario)?))
}

/// `page_url` (any fragment it has dropped) with the scenario's fragment: the link to copy.
pub fn share_url(page_url: &str, scenario: &Scenario) -> Result<String, ShareLinkError> {
    let base = page_url.split('#').next().unwrap_or(page_url);
    Ok(format!("{base}{}", fragment(scenario)?))
}

/// The scenario in a page's fragment (`location.hash`, with or without its `#`).
///
/// `Ok(None)` when the fragment holds no share link (empty, or some other anchor): the page
/// opens as usual. `Err` when it holds one that cannot be opened.
pub fn decode_fragment(hash: &str) -> Result<Option<Scenario>, ShareLinkError> {
    if hash.len() > MAX_LINK_CHARS {
        return Err(ShareLinkError::TooLong {
            len: hash.len(),
            max: MAX_LINK_CHARS,
        });
    }
    match token_in_fragment(hash.strip_prefix('#').unwrap_or(hash)) {
        Some(token) => decode(token).map(Some),
        None => Ok(None),
    }
}

/// A link pasted by a person: a whole URL, `#s=…`, `s=…` or the bare token. Spaces and line
/// breaks that mail clients put into long links are ignored.
pub fn decode_link(text: &str) -> Result<Scenario, ShareLinkError> {
    if text.len() > MAX_LINK_CHARS {
        return Err(ShareLinkError::TooLong {
            len: text.len(),
            max: MAX_LINK_CHARS,
        });
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let token = match compact.split_once('#') {
        Some((_, fragment)) => token_in_fragment(fragment).ok_or(ShareLinkError::Empty)?,
        // No fragment: `s=…`, a bare token, or a page address with no scenario in it
        // (tokens never contain `:`, `/`, `?` or `.`).
        None => match compact.strip_prefix(FRAGMENT_KEY) {
            Some(token) => token,
            None if compact.contains([':', '/', '?', '.']) => return Err(ShareLinkError::Empty),
            None => &compact,
        },
    };
    decode(token)
}

/// The `s=` part of a fragment such as `s=1abc` or `view=x&s=1abc`.
fn token_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix(FRAGMENT_KEY))
}

/// Decodes a bare token (version character plus payload).
pub fn decode(token: &str) -> Result<Scenario, ShareLinkError> {
    if token.len() > MAX_LINK_CHARS {
        return Err(ShareLinkError::TooLong {
            len: token.len(),
            max: MAX_LINK_CHARS,
        });
    }
    let mut chars = token.chars();
    let version = chars.next().ok_or(ShareLinkError::Empty)?;
    let body = chars.as_str();
    if !matches!(version, '1' | '2' | '3' | '4' | '5') {
        return Err(
            match (VERSION_ORDER.find(version), VERSION_ORDER.find(CURRENT_VERSION)) {
                (Some(theirs), Some(ours)) if theirs > ours => ShareLinkError::NewerVersion,
                _ => ShareLinkError::UnknownVersion(version.escape_default().to_string()),
            },
        );
    }
    if body.is_empty() {
        return Err(ShareLinkError::Damaged);
    }
    // Some tools pad base64 even where the alphabet is URL-safe.
    let body = body.trim_end_matches('=');
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ShareLinkError::Damaged)?;
    let bytes = decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED_BYTES).map_err(|e| {
        if e.status == TINFLStatus::HasMoreOutput {
            ShareLinkError::TooMuchData {
                max: MAX_INFLATED_BYTES,
            }
        } else {
            ShareLinkError::Damaged
        }
    })?;
    decode_payload(version, &bytes)
}

/// Decodes an already unpacked payload (what `decode` has after base64 and zlib) of link
/// `version` (`'1'` to `'5'`; any other is [`ShareLinkError::UnknownVersion`]), with every
/// check `decode` makes after unpacking. For fuzzing and tests that start past the envelope;
/// the app uses [`decode`].
pub fn decode_payload(version: char, bytes: &[u8]) -> Result<Scenario, ShareLinkError> {
    let scenario = match version {
        '1' => {
            let payload = take::<v1::ScenarioV1>(bytes)?;
            workloads_within_limit(payload.workload_count())?;
            payload.into_scenario()
        }
        '2' => {
            let payload = take::<v2::ScenarioV2>(bytes)?;
            workloads_within_limit(payload.workload_count())?;
            payload.into_scenario()
        }
        '3' => {
            let payload = take::<v3::ScenarioV3>(bytes)?;
            workloads_within_limit(payload.workload_count())?;
            payload.into_scenario()
        }
        '4' => {
            let payload = take::<v4::ScenarioV4>(bytes)?;
            workloads_within_limit(payload.workload_count())?;
            moves_within_limit(payload.move_count(), payload.workload_count())?;
            payload.into_scenario()
        }
        '5' => {
            let payload = take::<v5::ScenarioV5>(bytes)?;
            workloads_within_limit(payload.workload_count())?;
            moves_within_limit(payload.move_count(), payload.workload_count())?;
            capacities_within_limit(payload.capacity_count(), payload.workload_count())?;
            payload.into_scenario()
        }
        other => return Err(ShareLinkError::UnknownVersion(other.escape_default().to_string())),
    }
    .map_err(|u| ShareLinkError::UnknownValue { what: u.what })?;
    check_decoded(&scenario)?;
    Ok(scenario)
}

/// The payload in `bytes`, which must be all of them.
fn take<'a, T: serde::Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, ShareLinkError> {
    match postcard::take_from_bytes::<T>(bytes) {
        Ok((payload, [])) => Ok(payload),
        _ => Err(ShareLinkError::Damaged),
    }
}

/// Says "too many moves" before they are built: at most `MAX_MOVES` for each workload.
fn moves_within_limit(count: usize, workloads: usize) -> Result<(), ShareLinkError> {
    let max = workloads.saturating_mul(MAX_MOVES);
    if count > max {
        return Err(ScenarioProblem::TooManyMoves { count, max }.into());
    }
    Ok(())
}

/// Says "too many capacity choices" before they are applied: at most one a workload.
fn capacities_within_limit(count: usize, workloads: usize) -> Result<(), ShareLinkError> {
    if count > workloads {
        return Err(ScenarioProblem::TooManyCapacities {
            count,
            max: workloads,
        }
        .into());
    }
    Ok(())
}

/// Says "too many workloads" before they are built.
fn workloads_within_limit(count: usize) -> Result<(), ShareLinkError> {
    if count > MAX_WORKLOADS {
        return Err(ScenarioProblem::TooManyWorkloads {
            count,
            max: MAX_WORKLOADS,
        }
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::{Model, WorkloadKind};
    use crate::model::scenario::{Criticality, Framework, Location, Placement, Residency, Zone};

    /// Workload names the way people write them.
    const NAMES: [&str; 20] = [
        "Customer-support chatbot (EU)",
        "Marketing copy generator",
        "Contract summarisation",
        "Ticket triage classifier",
        "Knowledge-base embeddings",
        "Fine-tuned claims assistant",
        "Frontier agent team: finance close",
        "Market research agent",
        "Invoice processing automation",
        "Service agent with memory (retail)",
        "HR policy Q&A bot",
        "Product description writer",
        "Call transcript summaries (US)",
        "Fraud alert classifier",
        "Catalogue search index",
        "Legal clause extractor",
        "Procurement negotiation agent",
        "Competitive intelligence agent",
        "Claims intake workflow",
        "Loyalty concierge with memory",
    ];

    /// Numbers as people type them: a few significant digits, not repeating.
    fn typed(seed: usize, low: f64, high: f64) -> f64 {
        let x = (seed.wrapping_mul(2_654_435_761) % 10_007) as f64 / 10_007.0;
        let v = low + (high - low) * x;
        let magnitude = 10f64.powf(v.log10().floor() - 2.0);
        (v / magnitude).round() * magnitude
    }

    /// A board like a workshop produces: every kind, every zone, edited values, a few
    /// compliance tags and overridden assumptions.
    pub(crate) fn workshop(workloads: usize) -> Scenario {
        let mut s = Scenario {
            name: "Q3 placement workshop: Contoso retail".into(),
            ..Scenario::default()
        };
        s.org.azure_discount_percent = 12.5;
        s.org.aws_discount_percent = 8.0;
        s.org.aws_contract = true;
        for i in 0..workloads {
            let kind = WorkloadKind::ALL[i % WorkloadKind::ALL.len()];
            let id = s.add_workload(kind);
            let zone = Zone::ALL[(i * 7) % 4];
            s.move_to(id, zone);
            let Some(w) = s.workload_mut(id) else { continue };
            w.name = if i < NAMES.len() {
                NAMES[i].to_owned()
            } else {
                format!("{} {}", NAMES[i % NAMES.len()], i / NAMES.len() + 1)
            };
            w.monthly_volume = typed(i + 1, 2_000.0, 40_000_000.0);
            w.tokens_in = typed(i + 101, 150.0, 6_000.0);
            w.tokens_out = typed(i + 202, 20.0, 1_500.0);
            if kind.is_stateful() {
                w.steps_per_session = typed(i + 303, 4.0, 80.0);
                w.agent_hours_per_session = [0.25, 0.5, 1.5][i % 3];
            }
            w.data_gb = typed(i + 404, 5.0, 5_000.0);
            w.data_location = Location::ALL[i % 4];
            w.runs_today = Location::ALL[(i + 1) % 4];
            w.residency = Residency::ALL[i % 3];
            w.criticality = Criticality::ALL[i % 4];
            if i % 3 == 0 {
                w.compliance.insert(Framework::Gdpr);
                w.compliance.insert(Framework::Soc2);
            }
            if i % 5 == 0 {
                w.model = Model::Gpt5Mini;
            }
            if let Placement::Both { .. } = w.placement {
                w.placement = Placement::Both {
                    azure_percent: [50, 70, 100][i % 3],
                };
            }
        }
        for (id, v) in [
            ("azure.price.gpt-4.1.input", 1.8),
            ("aws.price.gpt-5.output", 9.5),
            ("egress.aws.per-gb", 0.085),
            ("governance.centralised.setup-weeks", 10.0),
            ("risk.outage.probability", 0.02),
        ] {
            s.overrides.insert(id.into(), v);
        }
        s
    }

    #[test]
    fn round_trips_a_workshop_board() {
        for n in [0, 1, 5, 20] {
            let s = workshop(n);
            let token = encode(&s).expect("encodes");
            assert!(token.starts_with(CURRENT_VERSION));
            assert_eq!(decode(&token), Ok(s.clone()), "{n} workloads");
        }
    }

    #[test]
    fn link_sizes() {
        let mut sizes = Vec::new();
        for n in [1, 5, 20, 50] {
            let s = workshop(n);
            let frag = fragment(&s).expect("encodes");
            let url = share_url("https://tools.example.com/cloudsplit/", &s).expect("encodes");
            println!(
                "share link, {n:>2} workloads: fragment {:>5} chars, whole link {:>5} chars",
                frag.len(),
                url.len()
            );
            sizes.push((n, url.len()));
        }
        let twenty = sizes
            .iter()
            .find(|(n, _)| *n == 20)
            .map_or(usize::MAX, |(_, l)| *l);
        assert!(twenty < 2_000, "a 20-workload link is {twenty} characters");
    }

    #[test]
    fn fragments_and_pasted_links_both_open() {
        let s = workshop(3);
        let url = share_url("https://a.example/app/?x=1#old", &s).expect("encodes");
        assert!(url.starts_with("https://a.example/app/?x=1#s=5"));
        let hash = &url[url.find('#').unwrap_or(0)..];
        assert_eq!(decode_fragment(hash), Ok(Some(s.clone())));
        assert_eq!(decode_fragment(&hash[1..]), Ok(Some(s.clone())));
        assert_eq!(decode_link(&url), Ok(s.clone()));
        assert_eq!(decode_link(&hash[3..]), Ok(s.clone()));
        // A mail client wrapped the link over three lines.
        let wrapped = format!("{}\n{}\r\n {}", &url[..40], &url[40..90], &url[90..]);
        assert_eq!(decode_link(&wrapped), Ok(s.clone()));
        assert_eq!(decode_fragment(&format!("#view=x&{}", &hash[1..])), Ok(Some(s)));
    }

    #[test]
    fn pages_without_a_share_fragment_open_as_usual() {
        assert_eq!(decode_fragment(""), Ok(None));
        assert_eq!(decode_fragment("#"), Ok(None));
        assert_eq!(decode_fragment("#section-2"), Ok(None));
        assert_eq!(decode_fragment("#s="), Err(ShareLinkError::Empty));
        assert_eq!(decode_link("https://a.example/app/"), Err(ShareLinkError::Empty));
    }

    #[test]
    fn versions_are_told_apart() {
        let token = encode(&workshop(2)).expect("encodes");
        let body = &token[1..];
        assert_eq!(decode(&format!("6{body}")), Err(ShareLinkError::NewerVersion));
        assert_eq!(decode(&format!("Z{body}")), Err(ShareLinkError::NewerVersion));
        assert_eq!(
            decode(&format!("0{body}")),
            Err(ShareLinkError::UnknownVersion("0".into()))
        );
        assert!(matches!(
            decode(&format!("~{body}")),
            Err(ShareLinkError::UnknownVersion(_))
        ));
        assert_eq!(decode("1"), Err(ShareLinkError::Damaged));
        assert_eq!(decode("2"), Err(ShareLinkError::Damaged));
        // A version 1 payload under a version 2 mark lacks the ranges.
        let v1 = encode_version_1_unchecked(&workshop(2));
        assert_eq!(decode(&format!("2{}", &v1[1..])), Err(ShareLinkError::Damaged));
        // A version 2 payload under a version 3 mark lacks the answers.
        let v2 = encode_version_2_unchecked(&workshop(2));
        assert_eq!(decode(&format!("3{}", &v2[1..])), Err(ShareLinkError::Damaged));
        // A version 3 payload under a version 4 mark lacks the schedules.
        let v3 = encode_version_3_unchecked(&workshop(2));
        assert_eq!(decode(&format!("4{}", &v3[1..])), Err(ShareLinkError::Damaged));
        // A version 4 payload under a version 5 mark lacks the procurement levers.
        let v4 = encode_version_4_unchecked(&workshop(2));
        assert_eq!(decode(&format!("5{}", &v4[1..])), Err(ShareLinkError::Damaged));
    }

    #[test]
    fn procurement_levers_travel_in_version_5_and_older_links_pay_as_they_go() {
        use crate::model::capacity::{Capacity, Provisioning, PtuTerm};
        use crate::model::scenario::{Commitment, YearMonth};
        let mut s = workshop(4);
        s.org.aws_contract = true;
        s.org.aws_commitment = Commitment {
            annual_usd: 500_000.0,
            ends: YearMonth::new(2029, 12),
            term_years: 3,
            discount_percent: Some(12.0),
        };
        s.currency = crate::model::currency::Currency::eur();
        s.workloads[1].provisioning = Provisioning {
            capacity: Capacity::Provisioned,
            term: PtuTerm::Yearly,
            units: Some(30),
            ..Provisioning::default()
        };
        let token = encode(&s).expect("encodes");
        assert_eq!(decode(&token), Ok(s.clone()));
        let older = decode(&encode_version_4_unchecked(&s)).expect("a version 4 link opens");
        assert_eq!(older.workloads[1].provisioning, Provisioning::default());
        assert_eq!(
            (
                older.org.aws_commitment.term_years,
                older.org.aws_commitment.discount_percent
            ),
            (0, None)
        );
        assert_eq!(older.org.aws_commitment.annual_usd, 500_000.0);
        assert!(older.currency.is_usd());
    }

    #[test]
    fn schedules_travel_in_version_4_and_older_links_open_without_moves() {
        use crate::model::scenario::Placement;
        use crate::model::schedule::{Move, MoveAt, WhileUnavailable};
        let mut s = workshop(6);
        for w in s.workloads.iter_mut().filter(|w| w.placement == Placement::Azure) {
            w.moves = vec![Move::new(MoveAt::Month(6), Placement::Aws)];
            w.while_unavailable = WhileUnavailable::Wait;
        }
        assert!(s.workloads.iter().any(|w| !w.moves.is_empty()));
        let token = encode(&s).expect("encodes");
        assert!(token.starts_with('5'));
        assert_eq!(decode(&token), Ok(s.clone()));
        let old = decode(&encode_version_3_unchecked(&s)).expect("version 3 opens");
        assert!(old.workloads.iter().all(|w| w.moves.is_empty()));
        assert_eq!(old.workloads.len(), s.workloads.len());
        // A move outside the plan is refused in the same words a file gets.
        let mut bad = s.clone();
        if let Some(w) = bad.workloads.iter_mut().find(|w| !w.moves.is_empty()) {
            w.moves[0].at = MoveAt::Month(99);
        }
        let err = decode(&encode_unchecked(&bad)).expect_err("refused");
        assert!(err.to_string().contains("move 1 is in month 99"), "{err}");
        // Hundreds of moves are refused before they are built.
        let mut many = s.clone();
        many.workloads[0].moves = vec![Move::new(MoveAt::Month(1), Placement::Aws); 500];
        assert!(matches!(
            decode(&encode_unchecked(&many)),
            Err(ShareLinkError::Invalid(ScenarioProblem::TooManyMoves { .. }))
        ));
    }

    #[test]
    fn answers_travel_in_version_3_and_version_2_links_open_with_neutral_answers() {
        use crate::model::scenario::{Commitment, Expertise, GovernanceAppetite, Importance, YearMonth};
        let mut s = workshop(4);
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.12));
        s.org.early_access = Importance::Low;
        s.org.cost_per_token = Importance::High;
        s.org.governance_appetite = GovernanceAppetite::High;
        s.org.azure_contract = true;
        s.org.azure_commitment = Commitment {
            annual_usd: 1_200_000.0,
            ends: YearMonth::new(2028, 12),
            ..Commitment::default()
        };
        s.org.multi_cloud_expertise = Expertise::InPlace;
        let token = encode_version_3_unchecked(&s);
        assert!(token.starts_with('3'));
        assert_eq!(decode(&token), Ok(s.clone()));
        let old = decode(&encode_version_2_unchecked(&s)).expect("version 2 opens");
        assert_eq!(old.ranges, s.ranges);
        let neutral = crate::model::scenario::OrgProfile {
            native_cloud: s.org.native_cloud,
            governance: s.org.governance,
            azure_discount_percent: s.org.azure_discount_percent,
            aws_discount_percent: s.org.aws_discount_percent,
            azure_contract: s.org.azure_contract,
            aws_contract: s.org.aws_contract,
            ..Default::default()
        };
        assert_eq!(old.org, neutral);
    }

    #[test]
    fn ranges_travel_in_version_2_and_version_1_links_still_open() {
        let mut s = workshop(5);
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.12));
        s.ranges.insert("growth.volume-per-month".into(), (1.0, 4.0));
        s.ranges
            .insert("availability.azure.frontier".into(), (202_701.0, 202_806.0));
        let token = encode_version_2_unchecked(&s);
        assert!(token.starts_with('2'));
        assert_eq!(decode(&token), Ok(s.clone()));
        let old = encode_version_1_unchecked(&s);
        assert!(old.starts_with('1'));
        let opened = decode(&old).expect("version 1 opens");
        assert!(opened.ranges.is_empty());
        assert_eq!(
            Scenario {
                ranges: s.ranges.clone(),
                ..opened
            },
            s
        );
    }

    #[test]
    fn a_bad_range_in_a_link_is_refused_with_the_assumption_named() {
        let mut s = workshop(1);
        s.ranges.insert("aws.egress.per-gb".into(), (0.2, 0.1));
        assert!(matches!(encode(&s), Err(ShareLinkError::Invalid(_))));
        let got = decode(&encode_unchecked(&s)).map_err(|e| e.to_string());
        assert!(got.is_err_and(|m| m.contains("aws.egress.per-gb") && m.contains("low end of the range")));
    }

    #[test]
    fn every_cut_and_every_changed_character_is_refused() {
        let s = workshop(2);
        let token = encode(&s).expect("encodes");
        for cut in 1..token.len() {
            assert!(decode(&token[..cut]).is_err(), "cut at {cut}");
        }
        let bytes = token.as_bytes();
        for i in 1..bytes.len() {
            let mut changed = bytes.to_vec();
            changed[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let text = String::from_utf8(changed).unwrap_or_default();
            // A change in the last character's unused low bits may decode to the same bytes.
            match decode(&text) {
                Ok(got) => assert_eq!(got, s, "changed at {i}"),
                Err(e) => assert!(
                    matches!(e, ShareLinkError::Damaged | ShareLinkError::TooMuchData { .. }),
                    "{e:?}"
                ),
            }
        }
    }

    #[test]
    fn invalid_scenarios_are_refused_on_both_sides() {
        let mut s = workshop(2);
        s.workloads[0].monthly_volume = -10.0;
        assert!(matches!(encode(&s), Err(ShareLinkError::Invalid(_))));
        let token = encode_unchecked(&s);
        assert!(matches!(decode(&token), Err(ShareLinkError::Invalid(_))));
    }

    #[test]
    fn markup_in_names_is_just_text() {
        let mut s = workshop(1);
        s.name = "<script>alert(1)</script>".into();
        s.workloads[0].name = "\"><img src=x onerror=alert(1)>".into();
        assert_eq!(decode(&encode(&s).expect("encodes")), Ok(s));
    }

    #[test]
    fn every_scenario_field_travels() {
        // When Scenario, OrgProfile, a commitment or Workload gains a field, today's link
        // version drops it. Decide whether it must travel: if so, add a new payload version;
        // either way, list the field here. Fields left out when they hold their default are
        // given another value first, so they are listed too.
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.1));
        if let Some(w) = s.workload_mut(id) {
            w.placement = crate::model::scenario::Placement::Azure;
            w.moves = vec![crate::model::schedule::Move::new(
                crate::model::schedule::MoveAt::Month(6),
                crate::model::scenario::Placement::Aws,
            )];
            w.while_unavailable = crate::model::schedule::WhileUnavailable::Wait;
            w.provisioning.capacity = crate::model::capacity::Capacity::Provisioned;
        }
        let json = serde_json::to_value(&s).unwrap_or_default();
        let keys = |v: &serde_json::Value| -> Vec<String> {
            v.as_object().map_or(Vec::new(), |o| o.keys().cloned().collect())
        };
        let mut scenario_keys = keys(&json);
        scenario_keys.sort();
        assert_eq!(
            scenario_keys,
            [
                "currency",
                "horizon_years",
                "name",
                "org",
                "overrides",
                "ranges",
                "start",
                "workloads"
            ],
            "Scenario's fields changed: update the share-link payload"
        );
        let mut org_keys = keys(&json["org"]);
        org_keys.sort();
        assert_eq!(
            org_keys,
            [
                "aws_commitment",
                "aws_contract",
                "aws_discount_percent",
                "azure_commitment",
                "azure_contract",
                "azure_discount_percent",
                "cost_per_token",
                "early_access",
                "governance",
                "governance_appetite",
                "multi_cloud_expertise",
                "native_cloud"
            ],
            "OrgProfile's fields changed: update the share-link payload"
        );
        let mut commitment_keys = keys(&json["org"]["azure_commitment"]);
        commitment_keys.sort();
        assert_eq!(
            commitment_keys,
            ["annual_usd", "discount_percent", "ends", "term_years"],
            "Commitment's fields changed: update the share-link payload"
        );
        let mut currency_keys = keys(&json["currency"]);
        currency_keys.sort();
        assert_eq!(
            currency_keys,
            ["as_of", "code", "per_usd", "source", "symbol"],
            "Currency's fields changed: update the share-link payload"
        );
        let mut capacity_keys = keys(&json["workloads"][0]["provisioning"]);
        capacity_keys.sort();
        assert_eq!(
            capacity_keys,
            ["capacity", "deployment", "peak_to_average", "term", "units"],
            "Provisioning's fields changed: update the share-link payload"
        );
        let mut workload_keys = keys(&json["workloads"][0]);
        workload_keys.sort();
        assert_eq!(
            workload_keys,
            [
                "agent_hours_per_session",
                "compliance",
                "criticality",
                "data_gb",
                "data_location",
                "id",
                "kind",
                "model",
                "monthly_volume",
                "moves",
                "name",
                "placement",
                "provisioning",
                "residency",
                "runs_today",
                "sector",
                "steps_per_session",
                "tokens_in",
                "tokens_out",
                "while_unavailable"
            ],
            "Workload's fields changed: update the share-link payload"
        );
    }
}
