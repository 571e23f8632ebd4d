//! The pure core of drag and drop: what a pointer gesture means, independent of the DOM.
//! The board feeds it pointer positions and the zone under the pointer; it answers
//! whether the gesture was a click, a drop on a zone, or nothing.

use crate::engine::model::catalog::WorkloadKind;
use crate::engine::model::scenario::{WorkloadId, Zone};

/// How far (CSS px) a pointer must travel before a press becomes a drag. Touch gets more
/// slack because a fingertip wobbles.
pub const MOUSE_THRESHOLD_PX: f64 = 4.0;
pub const TOUCH_THRESHOLD_PX: f64 = 10.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DragSource {
    Card(WorkloadId),
    Palette(WorkloadKind),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DragSession {
    pub source: DragSource,
    pub pointer_id: i32,
    origin: (f64, f64),
    pub position: (f64, f64),
    threshold: f64,
    active: bool,
    pub over: Option<Zone>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DragOutcome {
    /// Released without moving: an ordinary click or tap.
    Click(DragSource),
    /// Released over a zone after dragging.
    Drop(DragSource, Zone),
    /// Released outside any zone: nothing changes.
    Nothing,
}

impl DragSession {
    pub fn new(source: DragSource, pointer_id: i32, x: f64, y: f64, is_touch: bool) -> DragSession {
        DragSession {
            source,
            pointer_id,
            origin: (x, y),
            position: (x, y),
            threshold: if is_touch {
                TOUCH_THRESHOLD_PX
            } else {
                MOUSE_THRESHOLD_PX
            },
            active: false,
            over: None,
        }
    }

    /// Whether the press has turned into a drag (so a ghost should show).
    pub fn is_active(&self) -> bool {
        self.active
    }

    pub fn moved(&mut self, x: f64, y: f64, over: Option<Zone>) {
        self.position = (x, y);
        if !self.active {
            let (dx, dy) = (x - self.origin.0, y - self.origin.1);
            self.active = dx.hypot(dy) >= self.threshold;
        }
        self.over = if self.active { over } else { None };
    }

    pub fn finish(self) -> DragOutcome {
        match (self.active, self.over) {
            (false, _) => DragOutcome::Click(self.source),
            (true, Some(zone)) => DragOutcome::Drop(self.source, zone),
            (true, None) => DragOutcome::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: DragSource = DragSource::Card(WorkloadId(7));

    #[test]
    fn small_wobble_is_a_click() {
        let mut s = DragSession::new(CARD, 1, 100.0, 100.0, false);
        s.moved(102.0, 101.0, Some(Zone::Aws));
        assert!(!s.is_active());
        assert_eq!(s.over, None);
        assert_eq!(s.finish(), DragOutcome::Click(CARD));
    }

    #[test]
    fn drag_over_a_zone_drops_there_and_the_last_zone_wins() {
        let mut s = DragSession::new(CARD, 1, 0.0, 0.0, false);
        s.moved(30.0, 0.0, Some(Zone::Azure));
        assert!(s.is_active());
        s.moved(300.0, 10.0, Some(Zone::Both));
        assert_eq!(s.finish(), DragOutcome::Drop(CARD, Zone::Both));
    }

    #[test]
    fn release_outside_every_zone_changes_nothing() {
        let mut s = DragSession::new(CARD, 1, 0.0, 0.0, false);
        s.moved(50.0, 50.0, Some(Zone::Azure));
        s.moved(900.0, 900.0, None);
        assert_eq!(s.finish(), DragOutcome::Nothing);
    }

    #[test]
    fn touch_needs_more_travel_than_a_mouse() {
        let mut touch = DragSession::new(CARD, 2, 0.0, 0.0, true);
        touch.moved(6.0, 0.0, Some(Zone::Aws));
        assert!(!touch.is_active());
        let mut mouse = DragSession::new(CARD, 1, 0.0, 0.0, false);
        mouse.moved(6.0, 0.0, Some(Zone::Aws));
        assert!(mouse.is_active());
    }
}
