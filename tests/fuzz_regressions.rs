//! Inputs on which a fuzz target (`fuzz/`, see the README's Fuzzing) found a bug, kept as
//! files under `tests/corpus/` with the test of what must happen now. Links and scenario
//! files go into `tests/corpus/share_links` and `tests/corpus/files` (checked by
//! `tests/corpus.rs`); other formats get a directory of their own and a test here.

use std::fs;
use std::path::Path;

use cloudsplit::engine::library::backup;
use cloudsplit::engine::library::{Edit, Library, TabId, Timestamp};

fn corpus(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(path);
    fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn at(ms: u64) -> Edit {
    Edit {
        now: Timestamp(ms),
        tab: TabId(0xb),
    }
}

/// Found by `backup` (structure-aware door): two different scenarios with the same name of
/// the maximum length. The second is kept beside the first as "<name cut> (from backup)";
/// restoring the same backup again did not recognise that cut name and added another copy
/// each time.
#[test]
fn restoring_a_backup_twice_adds_nothing_when_a_name_was_cut_for_its_label() {
    let text = corpus("backups/restore-twice--same-120-character-name-two-scenarios.json");
    let contents = backup::read(&text, Timestamp(1)).expect("reads");
    let mut library = Library::new();
    let first = library.restore(&contents, at(10));
    assert_eq!(first.added.len(), 1, "{first:?}");
    let kept_as = &first.kept_both[0].1;
    assert!(kept_as.ends_with("x (from backup)"), "{kept_as}");
    assert_eq!(kept_as.chars().count(), 120);
    let before = library.clone();
    let second = library.restore(&contents, at(20));
    assert!(
        second.added.is_empty() && second.kept_both.is_empty(),
        "{second:?}"
    );
    assert_eq!(second.already_here.len(), 2);
    assert_eq!(library, before);
}

/// Found by `share_link_payload` (built version 3 links): a commitment ending in month 13 was
/// refused as an unknown value, unlike the same month in a file or a stored board. It now
/// reaches the scenario's checks and is refused in their plain words.
#[test]
fn a_link_with_a_commitment_ending_in_month_13_is_refused_in_plain_words() {
    use cloudsplit::engine::io::share_link::{self, ShareLinkError};
    use cloudsplit::engine::model::scenario::{Scenario, YearMonth};
    let mut s = Scenario::default();
    s.org.aws_contract = true;
    s.org.aws_commitment.ends = Some(YearMonth {
        year: 2028,
        month: 13,
    });
    let token = share_link::encode_unchecked(&s);
    let got = share_link::decode(&token);
    let Err(ShareLinkError::Invalid(problem)) = &got else {
        panic!("{got:?}");
    };
    assert!(
        problem.to_string().contains("month must be at most 12"),
        "{problem}"
    );
    assert_eq!(
        share_link::decode(corpus("share_links/invalid--commitment-ends-in-month-13.txt").trim()),
        got
    );
}
