//! The story view's steps: the answer first, then one chart at a time, stepped with a
//! presenter's clicker (Page Down / Page Up), the arrow keys or the space bar.

/// What a key does in the story view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryKey {
    Next,
    Previous,
    First,
    Last,
}

impl StoryKey {
    /// Clickers send Page Down and Page Up; keyboards add the arrows, space and Home/End.
    pub fn of(key: &str, shift: bool) -> Option<StoryKey> {
        match key {
            "PageDown" | "ArrowRight" | "ArrowDown" => Some(StoryKey::Next),
            " " if shift => Some(StoryKey::Previous),
            " " => Some(StoryKey::Next),
            "PageUp" | "ArrowLeft" | "ArrowUp" => Some(StoryKey::Previous),
            "Home" => Some(StoryKey::First),
            "End" => Some(StoryKey::Last),
            _ => None,
        }
    }

    /// The step after this key on a story of `steps` steps, staying within it.
    pub fn apply(self, at: usize, steps: usize) -> usize {
        let last = steps.saturating_sub(1);
        match self {
            StoryKey::Next => (at + 1).min(last),
            StoryKey::Previous => at.saturating_sub(1),
            StoryKey::First => 0,
            StoryKey::Last => last,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clicker_steps_forward_and_back_within_the_story() {
        let next = StoryKey::of("PageDown", false).expect("a step");
        let back = StoryKey::of("PageUp", false).expect("a step");
        assert_eq!(next.apply(0, 7), 1);
        assert_eq!(next.apply(6, 7), 6, "the last step stays");
        assert_eq!(back.apply(0, 7), 0, "the first step stays");
        assert_eq!(StoryKey::of(" ", true), Some(StoryKey::Previous));
        assert_eq!(StoryKey::of(" ", false), Some(StoryKey::Next));
        assert_eq!(StoryKey::of("End", false).map(|k| k.apply(2, 7)), Some(6));
        assert_eq!(StoryKey::of("a", false), None);
    }
}
