//! What the fuzz targets share: the promises every accepted input must keep, the share-link
//! envelope (base64url + zlib) for targets that start past it, and scenarios built from the
//! fuzzer's bytes (structure-aware: mostly plausible values, with the edges of every limit).

use std::collections::BTreeSet;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use cloudsplit::engine::assumptions::{Assumption, Assumptions, ValueKind};
use cloudsplit::engine::io::share_link::{self, MAX_LINK_CHARS};
use cloudsplit::engine::io::untrusted::check_decoded;
use cloudsplit::engine::model::capacity::{Capacity, Provisioning, PtuDeployment, PtuTerm};
use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::currency::Currency;
use cloudsplit::engine::model::limits::{
    Field, MAX_OVERRIDES, MAX_OVERRIDE_ID_CHARS, MAX_RANGES, MAX_SCENARIO_NAME_CHARS, MAX_WORKLOADS,
    MAX_WORKLOAD_NAME_CHARS,
};
use cloudsplit::engine::model::scenario::{
    Commitment, Criticality, Expertise, Framework, GovernanceAppetite, GovernanceModel, Importance, Location,
    NativeCloud, Placement, Residency, Scenario, Sector, Workload, WorkloadId, YearMonth,
};
use cloudsplit::engine::model::schedule::{Move, MoveAt, WhileUnavailable};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

/// What the app promises of every scenario it lets in, from any door: the checks the app
/// applies (`check_decoded`, which runs `Scenario::validate`), and, checked here again
/// against `limits.rs` directly, every documented limit.
pub fn assert_accepted(s: &Scenario) {
    assert_eq!(check_decoded(s), Ok(()), "accepted but fails the app's checks");
    assert!(s.workloads.len() <= MAX_WORKLOADS);
    assert!(s.overrides.len() <= MAX_OVERRIDES);
    assert!(s.ranges.len() <= MAX_RANGES);
    assert!(s.name.chars().count() <= MAX_SCENARIO_NAME_CHARS);
    in_bounds(Field::HorizonYears, f64::from(s.horizon_years));
    in_bounds(Field::StartYear, f64::from(s.start.year));
    in_bounds(Field::StartMonth, f64::from(s.start.month));
    in_bounds(Field::AzureDiscountPercent, s.org.azure_discount_percent);
    in_bounds(Field::AwsDiscountPercent, s.org.aws_discount_percent);
    let mut ids = BTreeSet::new();
    for w in &s.workloads {
        assert!(ids.insert(w.id), "duplicate workload id accepted");
        assert!(w.name.chars().count() <= MAX_WORKLOAD_NAME_CHARS);
        for (field, value) in [
            (Field::MonthlyVolume, w.monthly_volume),
            (Field::TokensIn, w.tokens_in),
            (Field::TokensOut, w.tokens_out),
            (Field::StepsPerSession, w.steps_per_session),
            (Field::AgentHoursPerSession, w.agent_hours_per_session),
            (Field::DataGb, w.data_gb),
        ] {
            in_bounds(field, value);
        }
        if let Placement::Both { azure_percent } = w.placement {
            in_bounds(Field::BothAzurePercent, f64::from(azure_percent));
        }
    }
    for (id, &v) in &s.overrides {
        assert!(id.chars().count() <= MAX_OVERRIDE_ID_CHARS);
        assert!(v.is_finite(), "override {id} is {v}");
        if let Some(a) = Assumptions::find(id) {
            assert!(within_bounds(a, v), "override {id} = {v} outside its bounds");
        }
    }
    for (id, &(low, high)) in &s.ranges {
        assert!(id.chars().count() <= MAX_OVERRIDE_ID_CHARS);
        assert!(low.is_finite() && high.is_finite(), "range {id}");
        if let Some(a) = Assumptions::find(id) {
            assert!(
                a.min <= low && low <= high && high <= a.max,
                "range {id} = {low}..{high}"
            );
        }
    }
}

/// `value` is one the assumption's bounds allow: between its minimum and maximum, or 0, which
/// means "never" for a date that may never come.
pub fn within_bounds(a: &Assumption, value: f64) -> bool {
    let never = a.kind == ValueKind::YearMonthOrNever && value == 0.0;
    never || (a.min <= value && value <= a.max)
}

fn in_bounds(field: Field, value: f64) {
    let (min, max) = field.bounds().unwrap_or((f64::NEG_INFINITY, f64::INFINITY));
    assert!(
        value.is_finite() && min <= value && value <= max,
        "{field} = {value} accepted, outside {min}..={max}"
    );
}

/// A scenario that opened from a link, shared again (today's version), opens the same:
/// through the whole envelope when the link is not too long to open, else from its payload.
pub fn assert_reshared(s: &Scenario) {
    let token = share_link::encode_unchecked(s);
    if token.len() <= MAX_LINK_CHARS {
        assert_eq!(share_link::decode(&token).as_ref(), Ok(s));
    } else {
        let (version, bytes) = unpack(&token).expect("a token we made unpacks");
        assert_eq!(share_link::decode_payload(version, &bytes).as_ref(), Ok(s));
    }
}

/// A share-link token of `version` around an unpacked payload: zlib (fastest level: any
/// valid stream will do), then base64url.
pub fn pack(version: char, payload: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(payload, 1);
    format!("{version}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The version character and the unpacked payload of a token, when it has them.
pub fn unpack(token: &str) -> Option<(char, Vec<u8>)> {
    let mut chars = token.chars();
    let version = chars.next()?;
    let packed = URL_SAFE_NO_PAD
        .decode(chars.as_str().trim_end_matches('='))
        .ok()?;
    let payload = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, 1 << 20).ok()?;
    Some((version, payload))
}

/// A number for a field bounded by `min..=max`: mostly inside, often at the edges, sometimes
/// just outside or not a number at all.
pub fn number(u: &mut Unstructured, min: f64, max: f64) -> Result<f64> {
    Ok(match u.int_in_range(0u8..=15)? {
        0 => min,
        1 => max,
        2 => f64::NAN,
        3 => [f64::INFINITY, f64::NEG_INFINITY, -0.0, f64::MIN_POSITIVE][u.choose_index(4)?],
        4 => max * (1.0 + f64::EPSILON) + 1e-9,
        5 => min - 1e-9,
        6 => f64::from_bits(u.arbitrary()?),
        _ => min + (max - min) * f64::from(u.int_in_range(0u32..=1_000_000)?) / 1_000_000.0,
    })
}

fn text(u: &mut Unstructured, usual_max: usize) -> Result<String> {
    Ok(match u.int_in_range(0u8..=9)? {
        0 => "x".repeat(usual_max + u.int_in_range(0..=2)?),
        1 => "<script>é\u{1F600}</script>".repeat(u.int_in_range(0..=20)?),
        _ => {
            let s: String = u.arbitrary()?;
            s.chars().take(usual_max).collect()
        }
    })
}

fn pick<T: Copy>(u: &mut Unstructured, all: &[T]) -> Result<T> {
    Ok(*u.choose(all)?)
}

fn assumption_id(u: &mut Unstructured) -> Result<(String, f64, f64)> {
    let all = Assumptions::all();
    if u.ratio(1u8, 8)? {
        return Ok((text(u, MAX_OVERRIDE_ID_CHARS)?, 0.0, 1e6));
    }
    let a = &all[u.choose_index(all.len())?];
    Ok((a.id.clone(), a.min, a.max))
}

/// A scenario built from the fuzzer's bytes. Starts from the app's defaults and sets every
/// field it knows, so fields added later keep their defaults.
/// A commitment's size, end, term and discount, sometimes out of range (the app must refuse those).
fn commitment(u: &mut Unstructured) -> Result<Commitment> {
    Ok(Commitment {
        annual_usd: number(u, 0.0, 1e9)?,
        ends: if u.arbitrary()? {
            Some(YearMonth {
                year: if u.ratio(1u8, 16)? {
                    u.arbitrary()?
                } else {
                    u.int_in_range(2022..=2045)?
                },
                month: u.int_in_range(0..=13)?,
            })
        } else {
            None
        },
        term_years: u.int_in_range(0..=12)?,
        discount_percent: if u.arbitrary()? { Some(number(u, 0.0, 120.0)?) } else { None },
    })
}

/// Mostly US dollars or a built-in currency; sometimes one of the user's own, with any code,
/// symbol, rate (0, negative and NaN included) and source.
fn currency(u: &mut Unstructured) -> Result<Currency> {
    if u.ratio(3u8, 4)? {
        return Ok(pick(u, &[0usize, 1, 2]).map(|i| Currency::built_ins()[i].clone())?);
    }
    Ok(Currency {
        code: text(u, 5)?,
        symbol: text(u, 6)?,
        per_usd: number(u, 1e-6, 1e6)?,
        as_of: YearMonth {
            year: u.int_in_range(1990..=2100)?,
            month: u.int_in_range(0..=13)?,
        },
        source: text(u, 600)?,
    })
}

/// A capacity choice: mostly pay-as-you-go, else any mode, deployment and term, with unit
/// counts and peak ratios sometimes out of range or between a model's steps.
fn provisioning(u: &mut Unstructured) -> Result<Provisioning> {
    if u.ratio(1u8, 2)? {
        return Ok(Provisioning::default());
    }
    Ok(Provisioning {
        capacity: pick(u, &Capacity::ALL)?,
        deployment: if u.arbitrary()? { Some(pick(u, &PtuDeployment::ALL)?) } else { None },
        term: pick(u, &PtuTerm::ALL)?,
        units: if u.arbitrary()? { Some(u.arbitrary()?) } else { None },
        peak_to_average: if u.arbitrary()? { Some(number(u, 1.0, 50.0)?) } else { None },
    })
}

pub fn scenario(u: &mut Unstructured) -> Result<Scenario> {
    let mut s = Scenario {
        name: text(u, MAX_SCENARIO_NAME_CHARS)?,
        ..Scenario::default()
    };
    s.start = YearMonth {
        year: if u.ratio(1u8, 16)? {
            u.arbitrary()?
        } else {
            u.int_in_range(2022..=2042)?
        },
        month: if u.ratio(1u8, 16)? {
            u.arbitrary()?
        } else {
            u.int_in_range(1..=12)?
        },
    };
    s.horizon_years = if u.ratio(1u8, 16)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=8)?
    };
    s.currency = currency(u)?;
    s.org.native_cloud = pick(
        u,
        &[
            NativeCloud::Azure,
            NativeCloud::Aws,
            NativeCloud::Both,
            NativeCloud::OnPremises,
        ],
    )?;
    s.org.governance = pick(u, &[GovernanceModel::Centralised, GovernanceModel::Federated])?;
    s.org.azure_discount_percent = number(u, 0.0, 100.0)?;
    s.org.aws_discount_percent = number(u, 0.0, 100.0)?;
    s.org.azure_contract = u.arbitrary()?;
    s.org.aws_contract = u.arbitrary()?;
    let importance = [Importance::Low, Importance::Medium, Importance::High];
    s.org.early_access = pick(u, &importance)?;
    s.org.cost_per_token = pick(u, &importance)?;
    s.org.governance_appetite = pick(
        u,
        &[
            GovernanceAppetite::Low,
            GovernanceAppetite::Medium,
            GovernanceAppetite::High,
        ],
    )?;
    s.org.azure_commitment = commitment(u)?;
    s.org.aws_commitment = commitment(u)?;
    s.org.multi_cloud_expertise = pick(
        u,
        &[
            Expertise::Unstated,
            Expertise::None,
            Expertise::Partial,
            Expertise::InPlace,
        ],
    )?;
    // The workload count's limit is tested natively (tests/corpus.rs): a thousand workloads
    // would make every such input a hundred times slower.
    for i in 0..u.int_in_range(0..=6)? {
        s.workloads.push(workload(u, i)?);
    }
    for _ in 0..u.int_in_range(0..=4)? {
        let (id, min, max) = assumption_id(u)?;
        let v = number(u, min, max)?;
        s.overrides.insert(id, v);
    }
    for _ in 0..u.int_in_range(0..=4)? {
        let (id, min, max) = assumption_id(u)?;
        let low = number(u, min, max)?;
        let high = if u.ratio(1u8, 4)? {
            number(u, min, max)?
        } else {
            (low + number(u, min, max)?) / 2.0
        };
        s.ranges.insert(id, (low.min(high), low.max(high)));
    }
    Ok(s)
}

fn workload(u: &mut Unstructured, i: usize) -> Result<Workload> {
    let id = if u.ratio(1u8, 32)? {
        u.arbitrary()?
    } else {
        i as u32 + 1
    };
    let mut w = Workload::new(WorkloadId(id), pick(u, &WorkloadKind::ALL)?, String::new());
    w.name = text(u, MAX_WORKLOAD_NAME_CHARS)?;
    w.model = pick(u, &Model::ALL)?;
    w.monthly_volume = number(u, 0.0, 1e12)?;
    w.tokens_in = number(u, 0.0, 1e7)?;
    w.tokens_out = number(u, 0.0, 1e7)?;
    w.steps_per_session = number(u, 0.0, 1e4)?;
    w.agent_hours_per_session = number(u, 0.0, 744.0)?;
    w.data_location = pick(u, &Location::ALL)?;
    w.data_gb = number(u, 0.0, 1e9)?;
    w.runs_today = pick(u, &Location::ALL)?;
    w.residency = pick(u, &Residency::ALL)?;
    for f in Framework::ALL {
        if u.arbitrary()? {
            w.compliance.insert(f);
        }
    }
    w.criticality = pick(u, &Criticality::ALL)?;
    w.sector = pick(u, &Sector::ALL)?;
    w.placement = placement(u)?;
    w.while_unavailable = pick(u, &WhileUnavailable::ALL)?;
    w.provisioning = provisioning(u)?;
    // Mostly none or a few moves; sometimes far too many, out of order, outside the plan or
    // to where the workload already is: the checks must refuse those, never panic.
    let moves = if u.ratio(1u8, 16)? {
        u.int_in_range(0..=300)?
    } else {
        u.int_in_range(0..=3)?
    };
    for _ in 0..moves {
        w.moves.push(Move {
            at: if u.ratio(1u8, 4)? {
                MoveAt::WhenAvailable
            } else {
                MoveAt::Month(u.arbitrary()?)
            },
            to: placement(u)?,
            dual_months: u.arbitrary()?,
            dual_azure_percent: u.arbitrary()?,
        });
    }
    Ok(w)
}

fn placement(u: &mut Unstructured) -> Result<Placement> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 => Placement::Unplaced,
        1 => Placement::Azure,
        2 => Placement::Aws,
        _ => Placement::Both {
            azure_percent: if u.ratio(1u8, 8)? {
                u.arbitrary()?
            } else {
                u.int_in_range(0..=100)?
            },
        },
    })
}
