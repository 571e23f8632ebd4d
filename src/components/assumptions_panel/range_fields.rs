use leptos::prelude::*;

use super::Edits;
use crate::engine::assumptions::{Assumption, AssumptionError, RangeEnd};
use crate::engine::model::text::capitalise;
use crate::state::{use_app_state, AppState};

/// Low and high ends of the range the cost bands sample, next to the value. Shows the user's
/// range, else the sources'; empty both means "the sources' range" (or fixed, if none).
#[component]
pub fn RangeFields(a: &'static Assumption, edits: Edits) -> impl IntoView {
    let state = use_app_state();
    let id = a.id.as_str();
    let editor = RangeEditor {
        a,
        user: Memo::new(move |_| edits.ranges.with(|r| r.get(id).copied())),
        draft: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    let error_id = format!("assumption-{}-range-error", id.replace('.', "-"));
    let reset_label = a.range.map_or_else(
        || "Reset range (fixed value)".to_owned(),
        |(lo, hi)| {
            format!(
                "Reset range to {} to {}",
                a.display_value(lo),
                a.display_value(hi)
            )
        },
    );
    view! {
        <span class="range-fields">
            "range "
            <RangeEndInput editor end=RangeEnd::Low error_id=error_id.clone() />
            " to "
            <RangeEndInput editor end=RangeEnd::High error_id=error_id.clone() />
            <Show when=move || editor.user.get().is_some()>
                <button type="button" class="link-button" on:click=move |_| editor.reset(state)>{reset_label.clone()}</button>
            </Show>
        </span>
        <p id=error_id class="field-error">{move || editor.error.get()}</p>
    }
}

/// One end of the range as a text input.
#[component]
fn RangeEndInput(editor: RangeEditor, end: RangeEnd, error_id: String) -> impl IntoView {
    let state = use_app_state();
    let label = match end {
        RangeEnd::Low => format!("Low end of the range for {}", editor.a.label),
        RangeEnd::High => format!("High end of the range for {}", editor.a.label),
    };
    view! {
        <input type="text" inputmode="decimal" autocomplete="off"
            aria-label=label
            aria-invalid=move || editor.invalid() aria-describedby=error_id
            prop:value=move || editor.shown_end(end)
            on:input=move |ev| editor.edit(state, end, event_target_value(&ev))
            on:blur=move |_| editor.settle() />
    }
}

/// The range of one assumption as it is being typed.
#[derive(Clone, Copy)]
struct RangeEditor {
    a: &'static Assumption,
    /// The user's range, if any.
    user: Memo<Option<(f64, f64)>>,
    /// Both ends as typed, kept while they are being edited or are wrong.
    draft: RwSignal<Option<(String, String)>>,
    error: RwSignal<Option<String>>,
}

impl RangeEditor {
    /// Both ends as the inputs show them: as typed, else the user's range, else the sources'.
    fn shown(self) -> (String, String) {
        self.draft.get().unwrap_or_else(|| {
            self.user
                .get()
                .or(self.a.range)
                .map_or_else(Default::default, |(lo, hi)| {
                    (self.a.display_value(lo), self.a.display_value(hi))
                })
        })
    }

    fn shown_end(self, end: RangeEnd) -> String {
        let (low, high) = self.shown();
        match end {
            RangeEnd::Low => low,
            RangeEnd::High => high,
        }
    }

    fn shown_untracked(self) -> (String, String) {
        self.user
            .get_untracked()
            .or(self.a.range)
            .map_or_else(Default::default, |(lo, hi)| {
                (self.a.display_value(lo), self.a.display_value(hi))
            })
    }

    fn invalid(self) -> &'static str {
        if self.error.with(Option::is_some) {
            "true"
        } else {
            "false"
        }
    }

    /// Takes one end as typed: both empty clear the user's range, a valid pair sets it.
    fn edit(self, state: AppState, end: RangeEnd, text: String) {
        let (a, id) = (self.a, self.a.id.as_str());
        let (mut low, mut high) = self
            .draft
            .get_untracked()
            .unwrap_or_else(|| self.shown_untracked());
        match end {
            RangeEnd::Low => low = text,
            RangeEnd::High => high = text,
        }
        self.draft.set(Some((low.clone(), high.clone())));
        if low.trim().is_empty() && high.trim().is_empty() {
            self.error.set(None);
            state.change(
                &format!("clear the range of {}", a.label),
                Some(format!("range:{id}")),
                |s| {
                    s.ranges.remove(id);
                },
            );
            return;
        }
        match parse_range(a, &low, &high) {
            Ok(range) => {
                self.error.set(None);
                state.change(
                    &format!("change the range of {}", a.label),
                    Some(format!("range:{id}")),
                    |s| {
                        if Some(range) == a.range {
                            s.ranges.remove(id);
                        } else {
                            s.ranges.insert(id.to_owned(), range);
                        }
                    },
                );
            }
            Err(message) => self.error.set(Some(message)),
        }
    }

    /// On leaving an input: a valid range shows as stored from now on.
    fn settle(self) {
        if self.error.with_untracked(Option::is_none) {
            self.draft.set(None);
        }
    }

    fn reset(self, state: AppState) {
        self.draft.set(None);
        self.error.set(None);
        let id = self.a.id.as_str();
        state.change(&format!("reset the range of {}", self.a.label), None, |s| {
            s.ranges.remove(id);
        });
    }
}

/// Both ends as typed, checked: each a value the assumption accepts, low not above high.
fn parse_range(a: &Assumption, low: &str, high: &str) -> Result<(f64, f64), String> {
    let end = |which: RangeEnd, text: &str| {
        a.parse(text).map_err(|e| match e {
            AssumptionError::Invalid { id, label, problem } => AssumptionError::InvalidRange {
                id,
                label,
                end: which,
                problem,
            },
            other => other,
        })
    };
    let checked = end(RangeEnd::Low, low)
        .and_then(|lo| end(RangeEnd::High, high).map(|hi| (lo, hi)))
        .and_then(|(lo, hi)| a.check_range(lo, hi).map(|()| (lo, hi)));
    checked.map_err(|e| capitalise(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::assumptions::Assumptions;

    #[test]
    fn ranges_are_read_as_typed_and_checked_in_plain_words() {
        let egress = Assumptions::find("aws.egress.per-gb").expect("exists");
        assert_eq!(parse_range(egress, "0.05", " 0.12 "), Ok((0.05, 0.12)));
        assert_eq!(
            parse_range(egress, "0.2", "0.1"),
            Err("AWS data transfer out (aws.egress.per-gb): the low end of the range (0.2) is above the high \
                 end (0.1)"
                .to_owned())
        );
        assert_eq!(
            parse_range(egress, "lots", "0.1"),
            Err(
                "AWS data transfer out (aws.egress.per-gb): the low end of the range must be a number (got \
                 \"lots\")"
                    .to_owned()
            )
        );
        let frontier = Assumptions::find("availability.azure.frontier").expect("exists");
        assert_eq!(
            parse_range(frontier, "2027-01", "2028-06"),
            Ok((202_701.0, 202_806.0))
        );
        assert!(parse_range(frontier, "never", "2028-06").is_err_and(|m| m.contains("not \"never\"")));
    }
}
