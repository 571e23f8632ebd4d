//! How an optional number is written to JSON. serde_json writes NaN and infinity as `null`,
//! which an optional field reads back as "not stated": a file written from a scenario holding
//! a NaN there would open as a different, valid scenario. Writing such a value as text
//! instead makes the file refuse to open as damaged, as a NaN in a plain number field does.

use serde::Serializer;

/// `None` as `null`, a finite number as itself, anything else as the text "not a number".
pub fn serialize<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        None => s.serialize_none(),
        Some(v) if v.is_finite() => s.serialize_some(v),
        Some(_) => s.serialize_str("not a number"),
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Holder {
        #[serde(default, serialize_with = "super::serialize")]
        value: Option<f64>,
    }

    #[test]
    fn numbers_and_none_round_trip_and_nan_does_not_open() {
        for value in [None, Some(0.0), Some(12.5)] {
            let text = serde_json::to_string(&Holder { value }).unwrap_or_default();
            assert_eq!(serde_json::from_str::<Holder>(&text).ok(), Some(Holder { value }));
        }
        let text = serde_json::to_string(&Holder {
            value: Some(f64::NAN),
        })
        .unwrap_or_default();
        assert!(serde_json::from_str::<Holder>(&text).is_err(), "{text}");
    }
}
