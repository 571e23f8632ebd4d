//! Version 5 of the share-link payload: everything version 4 carries, then the procurement
//! levers (issue 18): each commitment's term and own discount, the capacity of the workloads
//! that do not simply pay as they go (by their position on the board), and the currency the
//! amounts are shown in with its rate. A version 1 to 4 link opens with commitments read as
//! before, every workload paying as it goes, in US dollars.
//!
//! FROZEN once links are made with it, like the earlier versions: never reorder, remove or
//! retype a field, never change a code; anything new that must travel needs a `v6`.

use serde::{Deserialize, Serialize};

use super::v1::{Num, UnknownCode};
use super::v4::ScenarioV4;
use crate::model::capacity::{Capacity, Provisioning, PtuDeployment, PtuTerm};
use crate::model::currency::Currency;
use crate::model::scenario::{Commitment, Scenario, Workload, YearMonth};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ScenarioV5 {
    base: ScenarioV4,
    azure_commitment: CommitmentTermsV5,
    aws_commitment: CommitmentTermsV5,
    capacities: Vec<CapacityV5>,
    currency: CurrencyV5,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CurrencyV5 {
    code: String,
    symbol: String,
    per_usd: Num,
    /// (year, month) of the rate.
    as_of: (i32, u8),
    source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CommitmentTermsV5 {
    term_years: u8,
    discount_percent: Option<Num>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CapacityV5 {
    /// The workload's position on the board.
    workload: u32,
    capacity: u8,
    /// 0 = from the residency, then Global, Data Zone, Regional.
    deployment: u8,
    term: u8,
    units: Option<u32>,
    peak_to_average: Option<Num>,
}

impl ScenarioV5 {
    pub(super) fn from_scenario(s: &Scenario) -> ScenarioV5 {
        let capacities = s
            .workloads
            .iter()
            .enumerate()
            .filter(|(_, w)| w.provisioning != Provisioning::default())
            .map(|(i, w)| CapacityV5::from_workload(u32::try_from(i).unwrap_or(u32::MAX), w))
            .collect();
        ScenarioV5 {
            base: ScenarioV4::from_scenario(s),
            azure_commitment: CommitmentTermsV5::from(s.org.azure_commitment),
            aws_commitment: CommitmentTermsV5::from(s.org.aws_commitment),
            capacities,
            currency: CurrencyV5 {
                code: s.currency.code.clone(),
                symbol: s.currency.symbol.clone(),
                per_usd: Num(s.currency.per_usd),
                as_of: (s.currency.as_of.year, s.currency.as_of.month),
                source: s.currency.source.clone(),
            },
        }
    }

    pub(super) fn into_scenario(self) -> Result<Scenario, UnknownCode> {
        let mut s = self.base.into_scenario()?;
        self.azure_commitment.apply(&mut s.org.azure_commitment);
        self.aws_commitment.apply(&mut s.org.aws_commitment);
        for capacity in self.capacities {
            let w = usize::try_from(capacity.workload)
                .ok()
                .and_then(|i| s.workloads.get_mut(i))
                .ok_or(UnknownCode {
                    what: "workload in a capacity choice",
                })?;
            w.provisioning = capacity.into_provisioning()?;
        }
        // Held as linked: the scenario's checks refuse a rate of 0 or a bad code in plain words.
        let c = self.currency;
        s.currency = Currency {
            code: c.code,
            symbol: c.symbol,
            per_usd: c.per_usd.0,
            as_of: YearMonth {
                year: c.as_of.0,
                month: c.as_of.1,
            },
            source: c.source,
        };
        Ok(s)
    }

    pub(super) fn workload_count(&self) -> usize {
        self.base.workload_count()
    }

    pub(super) fn move_count(&self) -> usize {
        self.base.move_count()
    }

    /// Capacity choices in the payload, counted before any is applied.
    pub(super) fn capacity_count(&self) -> usize {
        self.capacities.len()
    }
}

impl CommitmentTermsV5 {
    fn from(c: Commitment) -> CommitmentTermsV5 {
        CommitmentTermsV5 {
            term_years: c.term_years,
            discount_percent: c.discount_percent.map(Num),
        }
    }

    /// Held as linked: the scenario's checks then refuse a 40-year term or a 150% discount in
    /// the same plain words a file would get.
    fn apply(self, c: &mut Commitment) {
        c.term_years = self.term_years;
        c.discount_percent = self.discount_percent.map(|n| n.0);
    }
}

impl CapacityV5 {
    fn from_workload(index: u32, w: &Workload) -> CapacityV5 {
        let p = w.provisioning;
        CapacityV5 {
            workload: index,
            capacity: match p.capacity {
                Capacity::PayAsYouGo => 0,
                Capacity::Provisioned => 1,
                Capacity::CheaperOfTheTwo => 2,
            },
            deployment: match p.deployment {
                None => 0,
                Some(PtuDeployment::Global) => 1,
                Some(PtuDeployment::DataZone) => 2,
                Some(PtuDeployment::Regional) => 3,
            },
            term: match p.term {
                PtuTerm::Hourly => 0,
                PtuTerm::Monthly => 1,
                PtuTerm::Yearly => 2,
            },
            units: p.units,
            peak_to_average: p.peak_to_average.map(Num),
        }
    }

    fn into_provisioning(self) -> Result<Provisioning, UnknownCode> {
        let unknown = |what| UnknownCode { what };
        Ok(Provisioning {
            capacity: match self.capacity {
                0 => Capacity::PayAsYouGo,
                1 => Capacity::Provisioned,
                2 => Capacity::CheaperOfTheTwo,
                _ => return Err(unknown("capacity choice")),
            },
            deployment: match self.deployment {
                0 => None,
                1 => Some(PtuDeployment::Global),
                2 => Some(PtuDeployment::DataZone),
                3 => Some(PtuDeployment::Regional),
                _ => return Err(unknown("provisioned deployment")),
            },
            term: match self.term {
                0 => PtuTerm::Hourly,
                1 => PtuTerm::Monthly,
                2 => PtuTerm::Yearly,
                _ => return Err(unknown("reservation term")),
            },
            units: self.units,
            peak_to_average: self.peak_to_average.map(|n| n.0),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::Zone;

    #[test]
    fn a_version_5_payload_is_version_4_then_the_levers() {
        let mut s = Scenario::default();
        let a = s.add_workload(WorkloadKind::SupportChatbot);
        let b = s.add_workload(WorkloadKind::Summarisation);
        s.move_to(a, Zone::Azure);
        s.move_to(b, Zone::Azure);
        if let Some(w) = s.workload_mut(b) {
            w.provisioning = Provisioning {
                capacity: Capacity::CheaperOfTheTwo,
                deployment: Some(PtuDeployment::Regional),
                term: PtuTerm::Yearly,
                units: Some(100),
                peak_to_average: Some(2.5),
            };
        }
        s.org.azure_contract = true;
        s.org.azure_commitment = Commitment {
            annual_usd: 1_000_000.0,
            ends: YearMonth::new(2029, 6),
            term_years: 3,
            discount_percent: Some(18.5),
        };
        s.currency = Currency::gbp();
        let v4 = postcard::to_allocvec(&ScenarioV4::from_scenario(&s)).unwrap_or_default();
        let v5 = postcard::to_allocvec(&ScenarioV5::from_scenario(&s)).unwrap_or_default();
        assert!(v5.starts_with(&v4) && v5.len() > v4.len());
        let back: ScenarioV5 = postcard::from_bytes(&v5).expect("decodes");
        assert_eq!(back.capacity_count(), 1);
        assert_eq!(back.into_scenario(), Ok(s));
    }

    #[test]
    fn an_unknown_code_or_workload_is_refused() {
        let s = Scenario::default();
        let mut v5 = ScenarioV5::from_scenario(&s);
        v5.capacities.push(CapacityV5 {
            workload: 0,
            capacity: 1,
            deployment: 0,
            term: 1,
            units: None,
            peak_to_average: None,
        });
        assert_eq!(
            v5.clone().into_scenario(),
            Err(UnknownCode {
                what: "workload in a capacity choice"
            })
        );
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::SupportChatbot);
        let mut v5 = ScenarioV5::from_scenario(&s);
        v5.capacities.push(CapacityV5 {
            workload: 0,
            capacity: 7,
            deployment: 0,
            term: 1,
            units: None,
            peak_to_average: None,
        });
        assert_eq!(
            v5.into_scenario(),
            Err(UnknownCode {
                what: "capacity choice"
            })
        );
    }
}
