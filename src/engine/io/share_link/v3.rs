//! Version 3 of the share-link payload: everything version 2 carries, then the organisation's
//! answers to the framework's questions (issue 16). Postcard writes nested fields in place, so
//! a version 3 payload is a version 2 payload followed by the answers; a version 1 or 2 link
//! opens with the neutral answers.
//!
//! FROZEN once links are made with it, like `v1` and `v2`: never reorder, remove or retype a
//! field, never change a code; a new answer that must travel needs a `v4`.

use serde::{Deserialize, Serialize};

use super::v1::{Num, UnknownCode};
use super::v2::ScenarioV2;
use crate::model::scenario::{
    Commitment, Expertise, GovernanceAppetite, Importance, OrgProfile, Scenario, YearMonth,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ScenarioV3 {
    base: ScenarioV2,
    answers: AnswersV3,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct AnswersV3 {
    early_access: u8,
    cost_per_token: u8,
    governance_appetite: u8,
    azure_commitment: CommitmentV3,
    aws_commitment: CommitmentV3,
    multi_cloud_expertise: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CommitmentV3 {
    annual_usd: Num,
    /// (year, month) of the last month covered.
    ends: Option<(i32, u8)>,
}

impl ScenarioV3 {
    pub(super) fn from_scenario(s: &Scenario) -> ScenarioV3 {
        let o = &s.org;
        ScenarioV3 {
            base: ScenarioV2::from_scenario(s),
            answers: AnswersV3 {
                early_access: importance_code(o.early_access),
                cost_per_token: importance_code(o.cost_per_token),
                governance_appetite: appetite_code(o.governance_appetite),
                azure_commitment: CommitmentV3::from(o.azure_commitment),
                aws_commitment: CommitmentV3::from(o.aws_commitment),
                multi_cloud_expertise: expertise_code(o.multi_cloud_expertise),
            },
        }
    }

    pub(super) fn into_scenario(self) -> Result<Scenario, UnknownCode> {
        let mut s = self.base.into_scenario()?;
        self.answers.apply(&mut s.org)?;
        Ok(s)
    }

    pub(super) fn workload_count(&self) -> usize {
        self.base.workload_count()
    }
}

impl AnswersV3 {
    fn apply(self, org: &mut OrgProfile) -> Result<(), UnknownCode> {
        org.early_access = importance_from(self.early_access)?;
        org.cost_per_token = importance_from(self.cost_per_token)?;
        org.governance_appetite = appetite_from(self.governance_appetite)?;
        org.azure_commitment = self.azure_commitment.into_commitment()?;
        org.aws_commitment = self.aws_commitment.into_commitment()?;
        org.multi_cloud_expertise = expertise_from(self.multi_cloud_expertise)?;
        Ok(())
    }
}

impl CommitmentV3 {
    fn from(c: Commitment) -> CommitmentV3 {
        CommitmentV3 {
            annual_usd: Num(c.annual_usd),
            ends: c.ends.map(|e| (e.year, e.month)),
        }
    }

    fn into_commitment(self) -> Result<Commitment, UnknownCode> {
        // Held as linked: the scenario's checks then refuse month 13 or year 9999 in the
        // same plain words as a file or a stored board would get.
        let ends = self.ends.map(|(year, month)| YearMonth { year, month });
        Ok(Commitment {
            annual_usd: self.annual_usd.0,
            ends,
            ..Commitment::default()
        })
    }
}

// Codes are the wire format: never change one; new variants take the next code.

fn importance_code(i: Importance) -> u8 {
    match i {
        Importance::Low => 0,
        Importance::Medium => 1,
        Importance::High => 2,
    }
}

fn importance_from(code: u8) -> Result<Importance, UnknownCode> {
    match code {
        0 => Ok(Importance::Low),
        1 => Ok(Importance::Medium),
        2 => Ok(Importance::High),
        _ => Err(UnknownCode { what: "importance" }),
    }
}

fn appetite_code(a: GovernanceAppetite) -> u8 {
    match a {
        GovernanceAppetite::Low => 0,
        GovernanceAppetite::Medium => 1,
        GovernanceAppetite::High => 2,
    }
}

fn appetite_from(code: u8) -> Result<GovernanceAppetite, UnknownCode> {
    match code {
        0 => Ok(GovernanceAppetite::Low),
        1 => Ok(GovernanceAppetite::Medium),
        2 => Ok(GovernanceAppetite::High),
        _ => Err(UnknownCode {
            what: "governance appetite",
        }),
    }
}

fn expertise_code(e: Expertise) -> u8 {
    match e {
        Expertise::Unstated => 0,
        Expertise::None => 1,
        Expertise::Partial => 2,
        Expertise::InPlace => 3,
    }
}

fn expertise_from(code: u8) -> Result<Expertise, UnknownCode> {
    match code {
        0 => Ok(Expertise::Unstated),
        1 => Ok(Expertise::None),
        2 => Ok(Expertise::Partial),
        3 => Ok(Expertise::InPlace),
        _ => Err(UnknownCode {
            what: "multi-cloud expertise answer",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_3_payload_is_version_2_then_the_answers() {
        let mut s = Scenario::default();
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.12));
        s.org.early_access = Importance::High;
        s.org.governance_appetite = GovernanceAppetite::Low;
        s.org.aws_contract = true;
        s.org.aws_commitment = Commitment {
            annual_usd: 2_500_000.0,
            ends: YearMonth::new(2028, 6),
            ..Commitment::default()
        };
        s.org.multi_cloud_expertise = Expertise::Partial;
        let v2 = postcard::to_allocvec(&ScenarioV2::from_scenario(&s)).unwrap_or_default();
        let v3 = postcard::to_allocvec(&ScenarioV3::from_scenario(&s)).unwrap_or_default();
        assert!(v3.starts_with(&v2) && v3.len() > v2.len());
        let back: ScenarioV3 = postcard::from_bytes(&v3).expect("decodes");
        assert_eq!(back.into_scenario(), Ok(s));
    }

    #[test]
    fn every_code_reads_back_and_unknown_codes_are_named() {
        for i in Importance::ALL {
            assert_eq!(importance_from(importance_code(i)), Ok(i));
        }
        for a in GovernanceAppetite::ALL {
            assert_eq!(appetite_from(appetite_code(a)), Ok(a));
        }
        for e in Expertise::ALL {
            assert_eq!(expertise_from(expertise_code(e)), Ok(e));
        }
        assert_eq!(importance_from(9), Err(UnknownCode { what: "importance" }));
    }
}
