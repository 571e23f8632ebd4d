//! Reports built from an evaluation: two scenarios compared, the decision record and CSV. The
//! headline comparison and the money-over-time sentences are the evaluation's own methods
//! (evaluation/headline.rs, evaluation/money_over_time.rs).

pub mod compare;
pub mod csv_export;
pub mod decision_record;
