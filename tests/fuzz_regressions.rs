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
