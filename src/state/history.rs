//! Undo and redo: the scenario before each change, with what the change was, so a user can
//! step back across drags and edits. Typing into one field makes many changes in a row;
//! those within [`COALESCE_MS`] of each other with the same key are one step.

use crate::engine::model::scenario::Scenario;

/// At most this many steps back; older ones are dropped.
pub const MAX_STEPS: usize = 200;
/// Changes to the same thing closer together than this are one step.
pub const COALESCE_MS: f64 = 1500.0;

#[derive(Debug, Clone, PartialEq)]
struct Step {
    /// The scenario as it was before (undo) or after (redo) the change.
    scenario: Scenario,
    /// What the change did, for "Undo: …".
    label: String,
    key: Option<String>,
    at_ms: f64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    past: Vec<Step>,
    future: Vec<Step>,
}

/// What a change is, for the history.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeInfo {
    pub label: String,
    /// Same key and close in time: merged into the previous step.
    pub key: Option<String>,
    pub at_ms: f64,
}

impl History {
    /// Records a change that turned `before` into something else.
    pub fn record(&mut self, before: Scenario, change: ChangeInfo) {
        self.future.clear();
        if let (Some(last), Some(key)) = (self.past.last_mut(), change.key.as_ref()) {
            if last.key.as_ref() == Some(key) && change.at_ms - last.at_ms < COALESCE_MS {
                // Keep the older "before"; extend the step's time so typing stays one step.
                last.at_ms = change.at_ms;
                return;
            }
        }
        self.past.push(Step {
            scenario: before,
            label: change.label,
            key: change.key,
            at_ms: change.at_ms,
        });
        if self.past.len() > MAX_STEPS {
            self.past.remove(0);
        }
    }

    /// The scenario to show instead of `now`, and what was undone.
    pub fn undo(&mut self, now: Scenario) -> Option<(Scenario, String)> {
        step_across(&mut self.past, &mut self.future, now)
    }

    pub fn redo(&mut self, now: Scenario) -> Option<(Scenario, String)> {
        step_across(&mut self.future, &mut self.past, now)
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.past.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.future.last().map(|s| s.label.as_str())
    }

    /// Another scenario was opened: its history starts afresh.
    pub fn clear(&mut self) {
        self.past.clear();
        self.future.clear();
    }
}

/// Takes the last step of `from`, leaving `now` in its place on `to`: undo and redo are
/// the same move in opposite directions.
fn step_across(from: &mut Vec<Step>, to: &mut Vec<Step>, now: Scenario) -> Option<(Scenario, String)> {
    let step = from.pop()?;
    to.push(Step {
        scenario: now,
        label: step.label.clone(),
        key: None,
        at_ms: step.at_ms,
    });
    Some((step.scenario, step.label))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::catalog::WorkloadKind;

    fn named(name: &str) -> Scenario {
        Scenario {
            name: name.into(),
            ..Scenario::default()
        }
    }

    fn info(label: &str, key: Option<&str>, at_ms: f64) -> ChangeInfo {
        ChangeInfo {
            label: label.into(),
            key: key.map(str::to_owned),
            at_ms,
        }
    }

    #[test]
    fn undo_then_redo_walks_back_and_forth() {
        let mut h = History::default();
        h.record(named("a"), info("one", None, 0.0));
        h.record(named("b"), info("two", None, 10.0));
        assert_eq!(h.undo_label(), Some("two"));
        let (s, label) = h.undo(named("c")).expect("undo");
        assert_eq!((s.name.as_str(), label.as_str()), ("b", "two"));
        let (s, _) = h.undo(named("b")).expect("undo");
        assert_eq!(s.name, "a");
        assert!(h.undo(named("a")).is_none());
        assert_eq!(h.redo_label(), Some("one"));
        let (s, _) = h.redo(named("a")).expect("redo");
        assert_eq!(s.name, "b");
        let (s, _) = h.redo(named("b")).expect("redo");
        assert_eq!(s.name, "c");
        assert!(h.redo(named("c")).is_none());
    }

    #[test]
    fn a_new_change_drops_the_redo_steps() {
        let mut h = History::default();
        h.record(named("a"), info("one", None, 0.0));
        h.undo(named("b"));
        h.record(named("a"), info("other", None, 5.0));
        assert_eq!(h.redo_label(), None);
    }

    #[test]
    fn typing_in_one_field_is_one_step_but_a_pause_or_another_field_is_not() {
        let mut h = History::default();
        let mut s = named("start");
        s.add_workload(WorkloadKind::Embeddings);
        h.record(s.clone(), info("Edit name", Some("w1"), 0.0));
        h.record(named("x"), info("Edit name", Some("w1"), 1000.0));
        h.record(named("y"), info("Edit name", Some("w1"), 2000.0));
        assert_eq!(h.past.len(), 1, "continuous typing");
        h.record(
            named("z"),
            info("Edit name", Some("w1"), 2000.0 + COALESCE_MS + 1.0),
        );
        h.record(
            named("q"),
            info("Edit model", Some("w2"), 2000.0 + COALESCE_MS + 2.0),
        );
        assert_eq!(h.past.len(), 3);
        h.undo(named("now"));
        h.undo(named("q"));
        let (first, _) = h.undo(named("z")).expect("undo");
        assert_eq!(
            first, s,
            "the step keeps the scenario from before the first keystroke"
        );
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::default();
        for i in 0..(MAX_STEPS + 10) {
            h.record(named(&i.to_string()), info("step", None, i as f64));
        }
        assert_eq!(h.past.len(), MAX_STEPS);
        assert_eq!(h.past[0].scenario.name, "10");
    }
}
