//! The scenario as it is written to browser storage: a small versioned JSON envelope, so a
//! later version of the app can tell old data from foreign data and migrate the former.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::scenario::Scenario;

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

pub fn from_json(text: &str) -> Result<Scenario, StoredError> {
    if text.len() > MAX_STORED_BYTES {
        return Err(StoredError::TooLarge(text.len()));
    }
    let envelope: EnvelopeIn =
        serde_json::from_str(text).map_err(|e| StoredError::NotAScenario(e.to_string()))?;
    if envelope.format != FORMAT {
        return Err(StoredError::NotAScenario(format!(
            "format is \"{}\"",
            envelope.format
        )));
    }
    if envelope.version > VERSION {
        return Err(StoredError::FromTheFuture(envelope.version));
    }
    let scenario: Scenario =
        serde_json::from_value(envelope.scenario).map_err(|e| StoredError::NotAScenario(e.to_string()))?;
    scenario
        .validate()
        .map_err(|e| StoredError::Invalid(e.to_string()))?;
    Ok(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::catalog::WorkloadKind;
    use crate::engine::scenario::Zone;

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
}
