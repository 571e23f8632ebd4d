//! The scenario envelope: `{"format":"cloudsplit-scenario","version":1,"scenario":{…}}`.
//! Version 1 of browser storage was this envelope on its own (the library migrates it, see
//! `library`); scenario files are this envelope, pretty-printed (see `scenario_file`); the
//! library stores each scenario as the same `"scenario"` object.
//!
//! The version here is the version of the scenario object. It stays 1 while `Scenario` only
//! gains fields with `#[serde(default)]`; a change old readers would misread bumps it, and
//! `scenario_from_value` then migrates older objects.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::io::untrusted::{check_decoded, ScenarioProblem};
use crate::model::scenario::Scenario;

pub const FORMAT: &str = "cloudsplit-scenario";
pub const VERSION: u32 = 1;
/// Anything larger is not something this app wrote; refuse before parsing it.
pub const MAX_STORED_BYTES: usize = 4 * 1024 * 1024;

#[derive(Debug, Error, PartialEq)]
pub enum StoredError {
    #[error("the saved data is {0} bytes, more than this app ever writes")]
    TooLarge(usize),
    #[error("the saved data is not a cloudsplit scenario ({0})")]
    NotAScenario(String),
    #[error(
        "the saved data comes from a newer version of cloudsplit (format {0}); update the app to open it"
    )]
    FromTheFuture(u32),
    #[error("the saved scenario has a value the app cannot use: {0}")]
    Invalid(String),
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    scenario: &'a Scenario,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format: String,
    version: u32,
    scenario: serde_json::Value,
}

pub fn to_json(scenario: &Scenario) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        scenario,
    };
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// The envelope, pretty-printed: what a scenario file holds.
pub fn to_pretty_json(scenario: &Scenario) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        scenario,
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

pub fn from_json(text: &str) -> Result<Scenario, StoredError> {
    parse(text, MAX_STORED_BYTES).map_err(|e| match e {
        EnvelopeError::TooLarge(n) => StoredError::TooLarge(n),
        EnvelopeError::NotJson(why) | EnvelopeError::NotOurs(why) | EnvelopeError::Shape(why) => {
            StoredError::NotAScenario(why)
        }
        EnvelopeError::FromTheFuture(v) => StoredError::FromTheFuture(v),
        EnvelopeError::Invalid(problem) => StoredError::Invalid(problem.to_string()),
    })
}

/// What can be wrong with an envelope, before each reader words it for its own context.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum EnvelopeError {
    TooLarge(usize),
    /// Not JSON at all; the parser's words, with line and column.
    NotJson(String),
    /// JSON, but not a cloudsplit scenario envelope.
    NotOurs(String),
    FromTheFuture(u32),
    /// The envelope is ours but the scenario in it has the wrong shape.
    Shape(String),
    Invalid(ScenarioProblem),
}

/// Reads an envelope of at most `max_bytes`, migrates and checks the scenario in it.
pub(crate) fn parse(text: &str, max_bytes: usize) -> Result<Scenario, EnvelopeError> {
    if text.len() > max_bytes {
        return Err(EnvelopeError::TooLarge(text.len()));
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| EnvelopeError::NotJson(e.to_string()))?;
    if value.get("format").and_then(serde_json::Value::as_str).is_none() {
        return Err(EnvelopeError::NotOurs("it has no format name".to_owned()));
    }
    let envelope: EnvelopeIn =
        serde_json::from_value(value).map_err(|e| EnvelopeError::NotOurs(e.to_string()))?;
    if envelope.format != FORMAT {
        return Err(EnvelopeError::NotOurs(format!(
            "format is \"{}\"",
            envelope.format.chars().take(40).collect::<String>()
        )));
    }
    scenario_from_value(envelope.scenario, envelope.version)
}

/// A scenario object written with envelope `version`, migrated to today's `Scenario` and
/// checked. Version 1 is today's shape, so there is nothing to migrate yet.
pub(crate) fn scenario_from_value(value: serde_json::Value, version: u32) -> Result<Scenario, EnvelopeError> {
    if version > VERSION {
        return Err(EnvelopeError::FromTheFuture(version));
    }
    if version == 0 {
        return Err(EnvelopeError::NotOurs("version 0".to_owned()));
    }
    let scenario: Scenario =
        serde_json::from_value(value).map_err(|e| EnvelopeError::Shape(e.to_string()))?;
    check_decoded(&scenario).map_err(EnvelopeError::Invalid)?;
    Ok(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::Zone;

    #[test]
    fn round_trips_a_board() {
        let mut s = Scenario::default();
        let a = s.add_workload(WorkloadKind::FrontierAgentTeam);
        s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(a, Zone::Both);
        assert_eq!(from_json(&to_json(&s)), Ok(s));
    }

    #[test]
    fn rejects_garbage_foreign_and_future_data_with_reasons() {
        assert!(matches!(
            from_json("{not json"),
            Err(StoredError::NotAScenario(_))
        ));
        assert!(matches!(
            from_json(r#"{"format":"other","version":1,"scenario":{}}"#),
            Err(StoredError::NotAScenario(_))
        ));
        let future = to_json(&Scenario::default()).replace("\"version\":1", "\"version\":99");
        assert_eq!(from_json(&future), Err(StoredError::FromTheFuture(99)));
        let huge = "x".repeat(MAX_STORED_BYTES + 1);
        assert_eq!(from_json(&huge), Err(StoredError::TooLarge(MAX_STORED_BYTES + 1)));
    }

    #[test]
    fn reads_what_version_1_of_the_app_wrote() {
        // Written by the board app before the library existed (commit ab0507e).
        let v1 = include_str!("../../../tests/fixtures/storage/v1-current.json");
        let s = from_json(v1).expect("version 1 data opens");
        assert_eq!(s.workloads.len(), 2);
        assert_eq!(s.workloads[1].placement, crate::model::scenario::Placement::Aws);
        // Written before the framework's questions were asked: the neutral answers.
        let org = &s.org;
        assert_eq!(
            (
                org.early_access,
                org.cost_per_token,
                org.governance_appetite,
                org.multi_cloud_expertise
            ),
            Default::default()
        );
        assert_eq!((org.azure_commitment, org.aws_commitment), Default::default());
        // Written before the procurement levers: every workload pays as it goes, in dollars.
        assert!(s.workloads.iter().all(|w| w.provisioning.is_pay_as_you_go()));
        assert!(s.currency.is_usd());
    }

    #[test]
    fn the_procurement_levers_are_stored_and_read_back() {
        use crate::model::capacity::{Capacity, Provisioning, PtuDeployment, PtuTerm};
        use crate::model::scenario::{Commitment, YearMonth};
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::Summarisation);
        s.workloads[0].provisioning = Provisioning {
            capacity: Capacity::CheaperOfTheTwo,
            deployment: Some(PtuDeployment::DataZone),
            term: PtuTerm::Hourly,
            units: Some(25),
            peak_to_average: Some(3.0),
        };
        s.org.aws_contract = true;
        s.org.aws_commitment = Commitment {
            annual_usd: 250_000.0,
            ends: YearMonth::new(2029, 3),
            term_years: 2,
            discount_percent: Some(9.5),
        };
        assert_eq!(from_json(&to_json(&s)), Ok(s));
    }

    #[test]
    fn refuses_values_the_app_cannot_use() {
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::Embeddings);
        s.workloads[0].monthly_volume = -3.0;
        assert!(matches!(from_json(&to_json(&s)), Err(StoredError::Invalid(_))));
    }

    #[test]
    fn pretty_and_compact_forms_read_the_same() {
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::ResearchAgent);
        let pretty = to_pretty_json(&s);
        assert!(pretty.contains("\n  \"version\": 1"));
        assert_eq!(from_json(&pretty), Ok(s));
    }
}
