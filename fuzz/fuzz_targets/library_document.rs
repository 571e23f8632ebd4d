//! Any text as the library document in browser storage, of every stored version: version 2
//! (the library) and version 1 (the board alone, in the scenario envelope, migrated on
//! load). Past the envelope: the text as one saved entry of a version 2 document, and as
//! the board of a version 1 one. What loads is then merged as another tab's write (`sync`).
//!
//! Promises: no panic; unreadable text comes back whole, to be kept aside; every scenario
//! loaded passes the app's checks and every limit; written back, the library loads the
//! same with nothing migrated or kept aside; merging it as another tab's write (into an
//! empty tab and into a tab that has it already) gives a library that also writes back and
//! loads the same.
#![no_main]

use cloudsplit::engine::library::{self, Edit, Library, TabId, Timestamp};
use cloudsplit_fuzz::assert_accepted;
use libfuzzer_sys::fuzz_target;

const NOW: Timestamp = Timestamp(1_800_000_000_000);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    document(text);
    document(&format!(
        "{{\"format\":\"cloudsplit-library\",\"version\":2,\"current\":null,\"entries\":[{text}],\"kept_aside\":[]}}"
    ));
    document(&format!(
        "{{\"format\":\"cloudsplit-scenario\",\"version\":1,\"scenario\":{text}}}"
    ));
});

fn document(text: &str) {
    let loaded = match library::load(text, NOW) {
        Ok(loaded) => loaded,
        Err(unreadable) => {
            assert_eq!(unreadable.raw, text, "unreadable data must come back whole");
            return;
        }
    };
    let l = &loaded.library;
    assert_valid(l);
    let again = library::load(&library::to_json(l), Timestamp(0)).expect("what we write loads");
    assert_eq!(&again.library, l);
    assert_eq!((again.migrated_from, again.newly_kept_aside), (None, 0));

    let edit = Edit {
        now: Timestamp(NOW.0 + 1),
        tab: TabId(0xfeed),
    };
    let empty = Library::new();
    for (base, mine) in [(&empty, &empty), (l, l), (&empty, l)] {
        let merged = library::merge(base, mine, l, edit);
        assert_valid(&merged.library);
        let written =
            library::load(&library::to_json(&merged.library), Timestamp(0)).expect("a merged library loads");
        assert_eq!(written.library, merged.library);
        assert_eq!(written.newly_kept_aside, 0);
    }
    // A tab that has exactly what arrives has nothing to merge.
    let same = library::merge(l, l, l, edit);
    assert!(same.conflicts.is_empty(), "{:?}", same.conflicts);
    assert_eq!(&same.library, l);
}

fn assert_valid(l: &Library) {
    for e in l.entries() {
        assert_accepted(&e.scenario);
    }
    if let Some(c) = l.current() {
        assert_accepted(&c.scenario);
    }
}
