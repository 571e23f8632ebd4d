use leptos::prelude::*;

use crate::state::use_app_state;

/// Messages about the app itself (storage trouble, data kept aside), until dismissed.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="notices" role="alert">
            <For each=move || state.notices.get() key=|n| n.id let:notice>
                <p class="notice">
                    <span>{notice.text.clone()}</span>
                    <button type="button" class="notice-dismiss" on:click=move |_| state.dismiss(notice.id)>
                        "Dismiss"
                    </button>
                </p>
            </For>
        </div>
    }
}
