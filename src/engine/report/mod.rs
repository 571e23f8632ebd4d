//! Reports built from an evaluation.

pub mod compare;
pub mod csv_export;
pub mod decision_record;
