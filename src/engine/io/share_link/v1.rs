//! Version 1 of the share-link payload: wire structs that postcard writes, and their mapping
//! to and from [`Scenario`].
//!
//! FROZEN: links made with this version are in e-mails and slide decks. Never reorder,
//! remove or retype a field here, and never change a code in the tables below. New enum
//! variants get new codes at the end of their table (an older app then reports "made by a
//! newer version"); new scenario fields that must travel in links need a `v2` module.
//!
//! Postcard is not self-describing: the bytes are the fields in this order, enums as
//! variant indexes, so these structs (not `Scenario`) define the format.

use std::collections::BTreeSet;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::model::catalog::{Model, WorkloadKind};
use crate::model::scenario::{
    Criticality, Framework, GovernanceModel, Location, NativeCloud, OrgProfile, Placement, Residency,
    Scenario, Sector, Workload, WorkloadId, YearMonth,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ScenarioV1 {
    name: String,
    start_year: i32,
    start_month: u8,
    horizon_years: u8,
    org: OrgV1,
    workloads: Vec<WorkloadV1>,
    overrides: Vec<(String, Num)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct OrgV1 {
    native_cloud: u8,
    governance: u8,
    azure_discount_percent: Num,
    aws_discount_percent: Num,
    azure_contract: bool,
    aws_contract: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct WorkloadV1 {
    id: u32,
    name: String,
    kind: u8,
    model: u8,
    monthly_volume: Num,
    tokens_in: Num,
    tokens_out: Num,
    steps_per_session: Num,
    agent_hours_per_session: Num,
    data_location: u8,
    data_gb: Num,
    runs_today: u8,
    residency: u8,
    /// One bit per framework code.
    compliance: u8,
    criticality: u8,
    sector: u8,
    placement: PlacementV1,
}

/// Variant order is the wire format: never reorder.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(super) enum PlacementV1 {
    Unplaced,
    Azure,
    Aws,
    Both(u8),
}

/// A code in the payload that this build has no meaning for: a newer app made the link,
/// or the bytes are not what they claim to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct UnknownCode {
    pub what: &'static str,
}

/// Two tables in one: `$to` is exhaustive (adding a variant to the enum stops the build until
/// it has a code here), `$from` is its inverse.
macro_rules! codes {
    ($what:literal, $ty:ident, $to:ident, $from:ident, { $($variant:ident = $code:literal),+ $(,)? }) => {
        fn $to(value: $ty) -> u8 {
            match value {
                $($ty::$variant => $code,)+
            }
        }

        fn $from(code: u8) -> Result<$ty, UnknownCode> {
            match code {
                $($code => Ok($ty::$variant),)+
                _ => Err(UnknownCode { what: $what }),
            }
        }
    };
}

codes!("workload kind", WorkloadKind, kind_code, kind_from, {
    SupportChatbot = 0,
    ContentGeneration = 1,
    Summarisation = 2,
    Classification = 3,
    Embeddings = 4,
    FineTunedServing = 5,
    FrontierAgentTeam = 6,
    ResearchAgent = 7,
    ProcessAutomation = 8,
    ServiceAgentWithMemory = 9,
});

codes!("model", Model, model_code, model_from, {
    Gpt4o = 0,
    Gpt4oMini = 1,
    Gpt41 = 2,
    Gpt41Mini = 3,
    Gpt41Nano = 4,
    O3 = 5,
    O4Mini = 6,
    Gpt5 = 7,
    Gpt5Mini = 8,
    Gpt5Nano = 9,
    Gpt54 = 10,
    Gpt55 = 11,
    TextEmbedding3Small = 12,
    TextEmbedding3Large = 13,
    GptOss20b = 14,
    GptOss120b = 15,
});

codes!("location", Location, location_code, location_from, {
    Azure = 0,
    Aws = 1,
    OnPremises = 2,
    New = 3,
});

codes!("data residency", Residency, residency_code, residency_from, {
    Any = 0,
    Eu = 1,
    Us = 2,
});

codes!("compliance framework", Framework, framework_code, framework_from, {
    Soc2 = 0,
    Hipaa = 1,
    Gdpr = 2,
    Iso27001 = 3,
});

codes!("criticality", Criticality, criticality_code, criticality_from, {
    Low = 0,
    Medium = 1,
    High = 2,
    MissionCritical = 3,
});

codes!("sector", Sector, sector_code, sector_from, {
    Commercial = 0,
    UsGovernment = 1,
    Sovereign = 2,
});

codes!("native cloud", NativeCloud, native_code, native_from, {
    Azure = 0,
    Aws = 1,
    Both = 2,
    OnPremises = 3,
});

codes!("governance model", GovernanceModel, governance_code, governance_from, {
    Centralised = 0,
    Federated = 1,
});

impl ScenarioV1 {
    pub(super) fn from_scenario(s: &Scenario) -> ScenarioV1 {
        ScenarioV1 {
            name: s.name.clone(),
            start_year: s.start.year,
            start_month: s.start.month,
            horizon_years: s.horizon_years,
            org: OrgV1 {
                native_cloud: native_code(s.org.native_cloud),
                governance: governance_code(s.org.governance),
                azure_discount_percent: Num(s.org.azure_discount_percent),
                aws_discount_percent: Num(s.org.aws_discount_percent),
                azure_contract: s.org.azure_contract,
                aws_contract: s.org.aws_contract,
            },
            workloads: s.workloads.iter().map(WorkloadV1::from_workload).collect(),
            overrides: s.overrides.iter().map(|(k, v)| (k.clone(), Num(*v))).collect(),
        }
    }

    // `..Default::default()` gives fields added to these structs after version 1 their
    // defaults, so this keeps compiling (and old links keep opening) when they arrive.
    #[allow(clippy::needless_update)]
    pub(super) fn into_scenario(self) -> Result<Scenario, UnknownCode> {
        let org = OrgProfile {
            native_cloud: native_from(self.org.native_cloud)?,
            governance: governance_from(self.org.governance)?,
            azure_discount_percent: self.org.azure_discount_percent.0,
            aws_discount_percent: self.org.aws_discount_percent.0,
            azure_contract: self.org.azure_contract,
            aws_contract: self.org.aws_contract,
            ..OrgProfile::default()
        };
        let workloads = self
            .workloads
            .into_iter()
            .map(WorkloadV1::into_workload)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Scenario {
            name: self.name,
            start: YearMonth {
                year: self.start_year,
                month: self.start_month,
            },
            horizon_years: self.horizon_years,
            org,
            workloads,
            overrides: self.overrides.into_iter().map(|(k, v)| (k, v.0)).collect(),
            ..Scenario::default()
        })
    }

    pub(super) fn workload_count(&self) -> usize {
        self.workloads.len()
    }
}

impl WorkloadV1 {
    fn from_workload(w: &Workload) -> WorkloadV1 {
        WorkloadV1 {
            id: w.id.0,
            name: w.name.clone(),
            kind: kind_code(w.kind),
            model: model_code(w.model),
            monthly_volume: Num(w.monthly_volume),
            tokens_in: Num(w.tokens_in),
            tokens_out: Num(w.tokens_out),
            steps_per_session: Num(w.steps_per_session),
            agent_hours_per_session: Num(w.agent_hours_per_session),
            data_location: location_code(w.data_location),
            data_gb: Num(w.data_gb),
            runs_today: location_code(w.runs_today),
            residency: residency_code(w.residency),
            compliance: w
                .compliance
                .iter()
                .fold(0u8, |bits, f| bits | (1 << framework_code(*f))),
            criticality: criticality_code(w.criticality),
            sector: sector_code(w.sector),
            placement: PlacementV1::from(w.placement),
        }
    }

    fn into_workload(self) -> Result<Workload, UnknownCode> {
        let kind = kind_from(self.kind)?;
        let mut compliance = BTreeSet::new();
        for bit in 0..8u8 {
            if self.compliance & (1 << bit) != 0 {
                compliance.insert(framework_from(bit)?);
            }
        }
        // Start from `new` so fields added to `Workload` after version 1 get their defaults.
        let mut w = Workload::new(WorkloadId(self.id), kind, self.name);
        w.model = model_from(self.model)?;
        w.monthly_volume = self.monthly_volume.0;
        w.tokens_in = self.tokens_in.0;
        w.tokens_out = self.tokens_out.0;
        w.steps_per_session = self.steps_per_session.0;
        w.agent_hours_per_session = self.agent_hours_per_session.0;
        w.data_location = location_from(self.data_location)?;
        w.data_gb = self.data_gb.0;
        w.runs_today = location_from(self.runs_today)?;
        w.residency = residency_from(self.residency)?;
        w.compliance = compliance;
        w.criticality = criticality_from(self.criticality)?;
        w.sector = sector_from(self.sector)?;
        w.placement = self.placement.into_placement();
        Ok(w)
    }
}

impl PlacementV1 {
    pub(super) fn from(p: Placement) -> PlacementV1 {
        match p {
            Placement::Unplaced => PlacementV1::Unplaced,
            Placement::Azure => PlacementV1::Azure,
            Placement::Aws => PlacementV1::Aws,
            Placement::Both { azure_percent } => PlacementV1::Both(azure_percent),
        }
    }

    pub(super) fn into_placement(self) -> Placement {
        match self {
            PlacementV1::Unplaced => Placement::Unplaced,
            PlacementV1::Azure => Placement::Azure,
            PlacementV1::Aws => Placement::Aws,
            PlacementV1::Both(azure_percent) => Placement::Both { azure_percent },
        }
    }
}

/// An `f64` written compactly. The numbers people type are mostly whole or have a few
/// decimals (1,500,000 requests, 0.25 hours), so a value that is exactly `n / 10^k`
/// (k <= 3) is written as the varint `n << 3 | k`: 1 to 8 bytes instead of 8. Anything else
/// (fractions with more decimals, negatives, NaN, infinities) is written as its exact bits
/// with tag 4, so every `f64` survives the trip bit for bit and the checks after decoding
/// see exactly what the sender had.
#[derive(Debug, Clone, Copy)]
pub(super) struct Num(pub f64);

const SCALES: [f64; 4] = [1.0, 10.0, 100.0, 1000.0];
const RAW_TAG: u128 = 4;
/// Below 2^53 every integer is an exact f64.
const EXACT: f64 = 9_007_199_254_740_992.0;

impl PartialEq for Num {
    fn eq(&self, other: &Num) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Num {
    fn pack(self) -> u128 {
        let v = self.0;
        if v.is_finite() && v.is_sign_positive() {
            for (k, scale) in SCALES.iter().enumerate() {
                let n = (v * scale).round();
                if n < EXACT && (n / scale).to_bits() == v.to_bits() {
                    return ((n as u128) << 3) | k as u128;
                }
            }
        }
        (u128::from(v.to_bits()) << 3) | RAW_TAG
    }

    fn unpack(packed: u128) -> Option<Num> {
        let payload = packed >> 3;
        match (packed & 7) as usize {
            k @ 0..=3 => {
                let n = u64::try_from(payload).ok().filter(|n| (*n as f64) < EXACT)?;
                Some(Num(n as f64 / SCALES[k]))
            }
            4 => u64::try_from(payload).ok().map(|bits| Num(f64::from_bits(bits))),
            _ => None,
        }
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u128(self.pack())
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Num, D::Error> {
        struct Packed;
        impl Visitor<'_> for Packed {
            type Value = Num;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a packed number")
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Num, E> {
                Num::unpack(v).ok_or_else(|| E::custom("not a packed number"))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Num, E> {
                self.visit_u128(u128::from(v))
            }
        }
        deserializer.deserialize_u128(Packed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: f64) -> f64 {
        Num::unpack(Num(v).pack()).map_or(f64::NAN, |n| n.0)
    }

    #[test]
    fn numbers_survive_bit_for_bit() {
        for v in [
            0.0,
            -0.0,
            1.0,
            0.1,
            0.25,
            0.333,
            1.0 / 3.0,
            12.5,
            1_500_000.0,
            1e12,
            9_007_199_254_740_993.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            -5.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(round_trip(v).to_bits(), v.to_bits(), "{v}");
        }
        assert!(round_trip(f64::NAN).is_nan());
    }

    #[test]
    fn typed_numbers_are_short() {
        let len = |v: f64| postcard::to_allocvec(&Num(v)).map_or(0, |b| b.len());
        assert_eq!(len(0.0), 1);
        assert_eq!(len(8.0), 1);
        assert_eq!(len(0.25), 2);
        assert_eq!(len(1_000_000.0), 4);
        assert!(len(1e12) <= 7);
        assert!(len(1.0 / 3.0) > 8);
    }

    #[test]
    fn codes_round_trip_for_every_variant() {
        for k in WorkloadKind::ALL {
            assert_eq!(kind_from(kind_code(k)), Ok(k));
        }
        for m in Model::ALL {
            assert_eq!(model_from(model_code(m)), Ok(m));
        }
        for l in Location::ALL {
            assert_eq!(location_from(location_code(l)), Ok(l));
        }
        for r in Residency::ALL {
            assert_eq!(residency_from(residency_code(r)), Ok(r));
        }
        for f in Framework::ALL {
            assert_eq!(framework_from(framework_code(f)), Ok(f));
            assert!(framework_code(f) < 8, "compliance is a one-byte bit set");
        }
        for c in Criticality::ALL {
            assert_eq!(criticality_from(criticality_code(c)), Ok(c));
        }
        for s in Sector::ALL {
            assert_eq!(sector_from(sector_code(s)), Ok(s));
        }
        for n in [
            NativeCloud::Azure,
            NativeCloud::Aws,
            NativeCloud::Both,
            NativeCloud::OnPremises,
        ] {
            assert_eq!(native_from(native_code(n)), Ok(n));
        }
        for g in [GovernanceModel::Centralised, GovernanceModel::Federated] {
            assert_eq!(governance_from(governance_code(g)), Ok(g));
        }
        assert_eq!(model_from(200), Err(UnknownCode { what: "model" }));
    }
}
