//! Small wording helpers for the governance sentences.

use crate::model::scenario::{GovernanceModel, Residency};

pub(super) fn model_label(model: GovernanceModel) -> &'static str {
    match model {
        GovernanceModel::Centralised => "centralised",
        GovernanceModel::Federated => "federated",
    }
}

/// "a", "a and b", "a, b and c".
pub(super) fn list<T: Copy>(items: &[T], label: impl Fn(T) -> &'static str) -> String {
    let names: Vec<&str> = items.iter().map(|&i| label(i)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub(super) fn zone_label(r: Residency) -> &'static str {
    match r {
        Residency::Any => "any region",
        Residency::Eu => "EU",
        Residency::Us => "US",
    }
}

pub(super) fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::Framework;

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&[Framework::Soc2], Framework::label), "SOC 2");
        assert_eq!(
            list(
                &[Framework::Soc2, Framework::Gdpr, Framework::Hipaa],
                Framework::label
            ),
            "SOC 2, GDPR and HIPAA"
        );
    }
}
