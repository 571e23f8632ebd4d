use leptos::prelude::*;

use super::backup_controls::BackupReminder;
use super::library_panel::LibraryPanel;
use crate::state::library::{use_library_state, SaveStatus};
use crate::state::use_app_state;

/// The scenario on the board: its name and whether it is saved; save, save as, new; undo
/// and redo; the library of saved scenarios.
#[component]
pub fn ScenarioBar() -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let show_library = RwSignal::new(false);
    let naming = RwSignal::new(false);
    let name = Memo::new(move |_| state.scenario.with(|s| s.name.clone()));
    let status = Memo::new(move |_| library.status());
    let count = Memo::new(move |_| library.library.with(|l| l.entries().len()));
    let undo_label = move || state.undo_redo.with(|(u, _)| u.clone());
    let redo_label = move || state.undo_redo.with(|(_, r)| r.clone());
    view! {
        <section class="scenario-bar" aria-label="Scenario">
            <div class="scenario-title">
                <h2 class="scenario-name">{move || name.get()}</h2>
                <span class="save-status" class:changed=move || status.get() != SaveStatus::Saved>
                    {move || status.get().text()}
                </span>
                <BackupReminder />
            </div>
            <div class="scenario-actions" role="group" aria-label="Scenario actions">
                <button type="button" class="bar-button keep-presenting"
                    disabled=move || matches!(status.get(), SaveStatus::Saved | SaveStatus::Opened | SaveStatus::Off)
                    on:click=move |_| library.save()>"Save"</button>
                <button type="button" class="bar-button"
                    disabled=move || matches!(status.get(), SaveStatus::Opened | SaveStatus::Off)
                    aria-expanded=move || naming.get().to_string()
                    on:click=move |_| naming.update(|n| *n = !*n)>"Save as…"</button>
                <button type="button" class="bar-button"
                    disabled=move || status.get() == SaveStatus::Off
                    on:click=move |_| library.new_scenario()>"New"</button>
                <button type="button" class="bar-button keep-presenting" aria-keyshortcuts="Control+Z"
                    title=move || undo_label().map(|l| format!("Undo {l}")).unwrap_or_default()
                    disabled=move || undo_label().is_none()
                    on:click=move |_| state.undo()>"Undo"</button>
                <button type="button" class="bar-button keep-presenting" aria-keyshortcuts="Control+Shift+Z"
                    title=move || redo_label().map(|l| format!("Redo {l}")).unwrap_or_default()
                    disabled=move || redo_label().is_none()
                    on:click=move |_| state.redo()>"Redo"</button>
                <button type="button" class="bar-button" aria-controls="library-panel"
                    aria-expanded=move || show_library.get().to_string()
                    on:click=move |_| show_library.update(|s| *s = !*s)>
                    {move || format!("My scenarios ({})", count.get())}
                </button>
            </div>
            <Show when=move || naming.get()>
                <SaveAsForm done=Callback::new(move |_| naming.set(false)) />
            </Show>
        </section>
        <Show when=move || show_library.get()>
            <LibraryPanel />
        </Show>
    }
}

#[component]
fn SaveAsForm(done: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let draft = RwSignal::new(state.scenario.with_untracked(|s| s.name.clone()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if library.save_as(&draft.get_untracked()) {
            done.run(());
        }
    };
    view! {
        <form class="save-as" on:submit=submit>
            <label for="save-as-name">"Save the board as"</label>
            <input id="save-as-name" type="text" autocomplete="off" maxlength="120"
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev)) />
            <button type="submit" class="bar-button">"Save copy"</button>
            <button type="button" class="bar-button" on:click=move |_| done.run(())>"Cancel"</button>
        </form>
    }
}
