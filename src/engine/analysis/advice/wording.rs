//! Small words the advice sentences share.

use crate::engine::model::money::format_number;

pub(super) fn workloads_word(n: usize) -> &'static str {
    if n == 1 {
        "workload"
    } else {
        "workloads"
    }
}

pub(super) fn is_are(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

pub(super) fn hours(h: f64) -> String {
    format_number(h.abs().round())
}
