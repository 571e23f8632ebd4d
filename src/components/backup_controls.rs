use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::library::backup::MAX_BACKUP_BYTES;
use crate::state::library::{use_library_state, LibraryState};
use crate::state::{use_app_state, AppState};
use crate::web::{clock, download, file_input};

/// Saves the whole library as one file; says so to the user.
fn back_up(state: AppState, library: LibraryState) {
    let (name, text) = library.backup();
    match download::download_text(&name, "application/json", &text) {
        Ok(()) => state.announce(format!("Backup saved as {name}.")),
        Err(e) => state.notify(format!("Could not save the backup: {e}.")),
    }
}

/// Backup and restore of the whole library, and whether the browser keeps its storage.
#[component]
pub fn BackupControls() -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let on_restore = move |ev: leptos::ev::Event| {
        let Some(input) = file_input::picked_input(&ev) else {
            return;
        };
        spawn_local(async move {
            let picked = file_input::take_picked(input, MAX_BACKUP_BYTES, "a cloudsplit backup").await;
            match picked {
                Ok((name, text)) => match library.restore(&name, &text) {
                    Ok(message) => {
                        state.notify(message.clone());
                        state.announce(message);
                    }
                    Err(e) => state.notify(format!("{name} was not restored. {e}")),
                },
                Err(e) => state.notify(format!("The file was not restored: {e}.")),
            }
        });
    };
    let persistence_text = move || {
        match library.persisted.get() {
        Some(true) => "Storage is persistent: the browser keeps it until you clear it.",
        Some(false) => {
            "Storage is not persistent: the browser may clear it (privacy cleaning, low disk). Keep a backup file."
        }
        None => "This browser does not say whether it keeps storage. Keep a backup file.",
    }
    };
    let last = move || {
        library.last_backup.get().map_or_else(
            || "Never backed up from this browser.".to_owned(),
            |t| format!("Last backup: {}.", clock::local_date_time(t)),
        )
    };
    view! {
        <div class="backup-controls" role="group" aria-label="Backup">
            <p class="hint">{persistence_text}" "{last}</p>
            <button type="button" class="bar-button" on:click=move |_| back_up(state, library)>
                "Back up all to a file"
            </button>
            <label class="bar-button file-button">
                "Restore from a backup…"
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_restore />
            </label>
        </div>
    }
}

/// A quiet note while saved work exists only in this browser and has changed since the
/// last backup; the backup is one click away. Hidden in presentation mode (by CSS).
#[component]
pub fn BackupReminder() -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let needed = Memo::new(move |_| library.needs_backup());
    view! {
        <Show when=move || needed.get()>
            <button type="button" class="backup-reminder"
                title="Your saved scenarios exist only in this browser and changed since the last backup."
                on:click=move |_| back_up(state, library)>
                "Only in this browser: back up"
            </button>
        </Show>
    }
}
