use leptos::prelude::*;

use super::backup_controls::BackupControls;
use super::compare_panel::ComparePanel;
use crate::engine::library::{Entry, EntryId, KeptAside};
use crate::state::library::{use_library_state, LibraryState};
use crate::state::use_app_state;
use crate::web::{clock, download};

/// The scenarios saved in this browser: open, rename, duplicate, delete (with undo), and
/// the stored items that could not be read.
#[component]
pub fn LibraryPanel() -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let rows = Memo::new(move |_| {
        library.library.with(|l| {
            let mut rows: Vec<Entry> = l.entries().cloned().collect();
            rows.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| a.id.cmp(&b.id)));
            rows
        })
    });
    let on_board = Memo::new(move |_| library.board_entry());
    let kept = Memo::new(move |_| library.library.with(|l| kept_rows(l.kept_aside())));
    view! {
        <section id="library-panel" class="panel library-panel" aria-labelledby="library-title">
            <h2 id="library-title" class="panel-title">"My scenarios"</h2>
            <p class="hint">"Saved in this browser only. Newest first."</p>
            <BackupControls />
            <Show when=move || library.deleted.with(Option::is_some)>
                <p class="undo-delete" role="status">
                    {move || library.deleted.with(|d| d.as_ref().map(|d| format!("Deleted \u{201c}{}\u{201d}.", d.entry.name())))}
                    <button type="button" class="bar-button" on:click=move |_| library.undo_delete()>"Undo delete"</button>
                </p>
            </Show>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">"No saved scenarios yet: use Save or Save as… above."</p>
            </Show>
            <ul class="library-list" aria-label="Saved scenarios">
                <For
                    each=move || rows.get()
                    key=|e| (e.id.clone(), e.stamp)
                    children=move |e| view! { <EntryRow entry=e on_board=on_board /> }
                />
            </ul>
            <ComparePanel state=state library=library />
            <Show when=move || !kept.with(Vec::is_empty)>
                <h3>"Items that could not be read"</h3>
                <ul class="library-list">
                    <For
                        each=move || kept.get()
                        key=|k| (k.raw.clone(), k.item.reason.clone(), k.nth)
                        children=move |k| {
                            let KeptRow { item, raw, .. } = k;
                            view! {
                                <li class="library-row">
                                    <span class="library-name">{item.reason.clone()}</span>
                                    <button type="button" class="bar-button" on:click=move |_| {
                                        let _ = download::download_text("cloudsplit-unreadable.json", "application/json", &raw);
                                    }>"Download it"</button>
                                    <button type="button" class="bar-button" on:click=move |_| library.discard_kept_aside(&item)>"Discard"</button>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// An unreadable item as listed. Keyed by what it holds and by how many identical items
/// come before it, since the same damaged data can be kept aside twice.
#[derive(Clone, PartialEq)]
struct KeptRow {
    item: KeptAside,
    raw: String,
    nth: usize,
}

fn kept_rows(items: &[KeptAside]) -> Vec<KeptRow> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| KeptRow {
            item: item.clone(),
            raw: item.raw.to_string(),
            nth: items[..i].iter().filter(|k| *k == item).count(),
        })
        .collect()
}

#[component]
fn EntryRow(entry: Entry, on_board: Memo<Option<EntryId>>) -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let renaming = RwSignal::new(false);
    let id = entry.id.clone();
    let name = entry.name().to_owned();
    let details = format!(
        "{} workloads · saved {}",
        entry.scenario.workloads.len(),
        clock::local_date_time(entry.modified)
    );
    let is_on_board = {
        let id = id.clone();
        move || on_board.with(|b| b.as_ref() == Some(&id)) && state.unsaved_from.with(Option::is_none)
    };
    let act = move |f: fn(&LibraryState, &EntryId)| {
        let id = id.clone();
        move |_| f(&library, &id)
    };
    view! {
        <li class="library-row">
            <span class="library-name">{name.clone()}</span>
            <span class="library-details">{details}</span>
            <Show when=is_on_board.clone()>
                <span class="badge">"On the board"</span>
            </Show>
            <span class="library-actions" role="group" aria-label=format!("Actions for {name}")>
                <button type="button" class="bar-button" on:click=act(|l, id| l.open_entry(id))>"Open"</button>
                <button type="button" class="bar-button" aria-expanded=move || renaming.get().to_string()
                    on:click=move |_| renaming.update(|r| *r = !*r)>"Rename"</button>
                <button type="button" class="bar-button" on:click=act(|l, id| l.duplicate(id))>"Duplicate"</button>
                <button type="button" class="bar-button" on:click=act(|l, id| l.delete(id))>"Delete"</button>
            </span>
            <Show when=move || renaming.get()>
                <RenameForm id=entry.id.clone() name=name.clone() done=Callback::new(move |_| renaming.set(false)) />
            </Show>
        </li>
    }
}

#[component]
fn RenameForm(id: EntryId, name: String, done: Callback<()>) -> impl IntoView {
    let library = use_library_state();
    let draft = RwSignal::new(name.clone());
    let input_id = format!("rename-{}", id.0);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if library.rename(&id, &draft.get_untracked()) {
            done.run(());
        }
    };
    view! {
        <form class="rename-form" on:submit=submit>
            <label for=input_id.clone()>{format!("New name for {name}")}</label>
            <input id=input_id type="text" autocomplete="off" maxlength="120"
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev)) />
            <button type="submit" class="bar-button">"Rename"</button>
            <button type="button" class="bar-button" on:click=move |_| done.run(())>"Cancel"</button>
        </form>
    }
}
