//! Any text as a backup file to restore, in every form `backup::read` takes: a backup
//! (version 1), a library document, a scenario file. Past the envelope: the text as one
//! saved scenario of a version 1 backup, and as its board. Structure-aware: an input that
//! starts with byte 0xFF (never the start of text) is the contents of a backup built from the
//! fuzzer's bytes (valid scenarios, often sharing a name, names up to the limit), restored
//! straight away.
//!
//! Promises: no panic; every scenario read passes the app's checks and every limit;
//! restoring into an empty library accounts for every scenario, keeps every name within its
//! limit, and a second restore adds nothing; the restored library, backed up and read
//! again, gives the same scenarios.
#![no_main]

use cloudsplit::engine::io::untrusted::check_decoded;
use cloudsplit::engine::library::backup::{self, Contents, SavedScenario};
use cloudsplit::engine::library::{Edit, EntryId, Library, TabId, Timestamp};
use cloudsplit_fuzz::{assert_accepted, scenario};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

const NOW: Timestamp = Timestamp(1_800_000_000_000);
const EDIT: Edit = Edit {
    now: Timestamp(1_800_000_000_001),
    tab: TabId(0xb),
};

fuzz_target!(|data: &[u8]| {
    if let Some((0xff, rest)) = data.split_first() {
        if let Ok(contents) = built(&mut Unstructured::new(rest)) {
            restored(&contents);
        }
        return;
    }
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
    if let Ok(contents) = backup::read(text, NOW) {
        restored(&contents);
    }
}

/// Backup contents as `backup::read` gives them: scenarios that pass the app's checks.
fn built(u: &mut Unstructured) -> Result<Contents> {
    let mut contents = Contents::default();
    for i in 0..u.int_in_range(0..=4)? {
        let mut s = scenario(u)?;
        if i > 0 && u.arbitrary()? {
            s.name = contents
                .entries
                .first()
                .map_or(s.name, |e| e.scenario.name.clone());
        }
        if check_decoded(&s).is_err() {
            continue;
        }
        let created = Timestamp(u.int_in_range(0..=3)?);
        contents.entries.push(SavedScenario {
            id: EntryId(u.int_in_range(0..=3u8)?.to_string()),
            created,
            modified: Timestamp(created.0 + u.int_in_range(0..=3)?),
            scenario: s,
        });
    }
    if u.arbitrary()? {
        let s = scenario(u)?;
        contents.board = check_decoded(&s).is_ok().then_some(s);
    }
    Ok(contents)
}

fn restored(contents: &Contents) {
    for e in &contents.entries {
        assert_accepted(&e.scenario);
    }
    if let Some(board) = &contents.board {
        assert_accepted(board);
    }
    let mut library = Library::new();
    let report = library.restore(contents, EDIT);
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
    let second = library.restore(contents, EDIT);
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
