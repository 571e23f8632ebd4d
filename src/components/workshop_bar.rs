use leptos::prelude::*;

use super::decision_record_view::DecisionRecordButton;
use super::presentation_toggle::PresentationToggle;
use super::presets_menu::PresetsMenu;
use super::story::StoryButton;

/// What the room needs beside the board: ready-made presets, the decision record, and
/// presentation mode for the projector.
#[component]
pub fn WorkshopBar() -> impl IntoView {
    view! {
        <div class="workshop-bar" role="group" aria-label="Workshop">
            <PresetsMenu />
            <DecisionRecordButton />
            <PresentationToggle />
            <StoryButton />
        </div>
    }
}
