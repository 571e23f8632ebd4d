//! The framework's questions to the organisation (issue 16), each in plain words: what
//! matters to it, how much governance work it accepts, and its multi-cloud expertise. The
//! commitments' size and end sit with each cloud's contract in the settings panel.

use leptos::prelude::*;

use super::fields::SelectField;
use crate::engine::model::scenario::{Expertise, GovernanceAppetite, Importance, OrgProfile};
use crate::state::use_app_state;

#[component]
pub fn OrgQuestions() -> impl IntoView {
    let state = use_app_state();
    let org = Memo::new(move |_| state.scenario.with(|s| s.org.clone()));
    let importance = || {
        Importance::ALL
            .map(|i| (i.key().to_owned(), i.label().to_owned()))
            .to_vec()
    };
    let read = move |f: fn(&OrgProfile) -> String| Signal::derive(move || org.with(f));
    view! {
        <fieldset class="org-questions">
            <legend>"What matters to the organisation"</legend>
            <SelectField
                id="org-early-access".to_owned()
                label="How much does early access to new OpenAI models matter?"
                options=importance()
                value=read(|o| o.early_access.key().to_owned())
                on_change=Callback::new(move |v: String| {
                    if let Some(i) = Importance::from_key(&v) {
                        state.change("change how much early access matters", None, |s| s.org.early_access = i);
                    }
                })
            />
            <SelectField
                id="org-cost-per-token".to_owned()
                label="How much does cost per token matter (Trainium-optimised inference on AWS)?"
                options=importance()
                value=read(|o| o.cost_per_token.key().to_owned())
                on_change=Callback::new(move |v: String| {
                    if let Some(i) = Importance::from_key(&v) {
                        state.change("change how much cost per token matters", None, |s| s.org.cost_per_token = i);
                    }
                })
            />
            <SelectField
                id="org-governance-appetite".to_owned()
                label="How much extra governance work would you accept for a second cloud?"
                options=GovernanceAppetite::ALL.map(|a| (a.key().to_owned(), appetite_text(a).to_owned())).to_vec()
                value=read(|o| o.governance_appetite.key().to_owned())
                on_change=Callback::new(move |v: String| {
                    if let Some(a) = GovernanceAppetite::from_key(&v) {
                        state.change("change the governance appetite", None, |s| s.org.governance_appetite = a);
                    }
                })
            />
            <SelectField
                id="org-expertise".to_owned()
                label="Does the organisation have multi-cloud expertise and tooling today?"
                options=Expertise::ALL.map(|e| (e.key().to_owned(), e.label().to_owned())).to_vec()
                value=read(|o| o.multi_cloud_expertise.key().to_owned())
                on_change=Callback::new(move |v: String| {
                    if let Some(e) = Expertise::from_key(&v) {
                        state.change("change the multi-cloud expertise", None, |s| s.org.multi_cloud_expertise = e);
                    }
                })
            />
        </fieldset>
    }
}

/// The hours each answer stands for are assumptions; the words give their defaults.
fn appetite_text(a: GovernanceAppetite) -> &'static str {
    match a {
        GovernanceAppetite::Low => "Low (about 60 hours a month)",
        GovernanceAppetite::Medium => "Medium (about 200 hours a month)",
        GovernanceAppetite::High => "High (about 500 hours a month)",
    }
}
