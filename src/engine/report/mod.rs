//! Reports built from an evaluation: the headline comparison, two scenarios compared, the
//! decision record and CSV.

pub mod compare;
pub mod csv_export;
pub mod decision_record;
pub mod headline;
pub mod money_over_time;
