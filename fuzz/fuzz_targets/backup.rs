//! Any text as a backup file to restore, in every form `backup::read` takes: a backup
//! (version 1), a library document, a scenario file. Past the envelope: the text as one
//! saved scenario of a version 1 backup, and as its board.
//!
//! Promises: no panic; every scenario read passes the app's checks and every limit;
//! restoring into an empty library accounts for every scenario, keeps every name within its
//! limit, and a second restore adds nothing; the restored library, backed up and read
//! again, gives the same scenarios.
#![no_main]

use cloudsplit::engine::library::backup::{self, Contents};
use cloudsplit::engine::library::{Edit, Library, TabId, Timestamp};
use cloudsplit_fuzz::assert_accepted;
use libfuzzer_sys::fuzz_target;

const NOW: Timestamp = Timestamp(1_800_000_000_000);
const EDIT: Edit = Edit {
    now: Timestamp(1_800_000_000_001),
    tab: TabId(0xb),
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    restore(text);
    let envelope = "\"format\":\"cloudsplit-backup\",\"version\":1,\"exported\":1";
    restore(&format!(
        "{{{envelope},\"board\":null,\"entries\":[{text}],\"extras\":{{}}}}"
    ));
    restore(&format!(
        "{{{envelope},\"board\":{text},\"entries\":[],\"extras\":{{}}}}"
    ));
});

fn restore(text: &str) {
    let Ok(contents) = backup::read(text, NOW) else {
        return;
    };
    for e in &contents.entries {
        assert_accepted(&e.scenario);
    }
    if let Some(board) = &contents.board {
        assert_accepted(board);
    }
    let mut library = Library::new();
    let report = library.restore(&contents, EDIT);
    let offered = contents.entries.len() + usize::from(contents.board.is_some());
    assert_eq!(
        report.added.len() + report.already_here.len() + report.kept_both.len(),
        offered,
        "{report:?}"
    );
    for e in library.entries() {
        assert_accepted(&e.scenario);
    }
    let before = library.clone();
    let second = library.restore(&contents, EDIT);
    assert!(
        second.added.is_empty() && second.kept_both.is_empty(),
        "{second:?}"
    );
    assert_eq!(library, before);

    let again =
        backup::read(&backup::export(&library, &contents.extras, NOW), NOW).expect("a backup we write reads");
    let scenarios = |c: &Contents| c.entries.iter().map(|e| e.scenario.clone()).collect::<Vec<_>>();
    let restored: Vec<_> = library.entries().map(|e| e.scenario.clone()).collect();
    assert_eq!(scenarios(&again), restored);
    assert_eq!(again.extras, contents.extras);
}
