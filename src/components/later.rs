//! Panels below the board mount after the page's first paint, one per task: the board shows
//! without waiting for them, and no task of the start holds the page for long (on a phone,
//! building every panel in the first task held it for most of a second).

use leptos::prelude::*;

use crate::web::{clock, task_queue};

/// How many of the later panels have mounted so far.
#[derive(Clone, Copy)]
pub struct LaterPanels(ReadSignal<usize>);

impl LaterPanels {
    /// Mounts `count` later panels in order, one per task, from the first task after the
    /// next paint.
    pub fn start(count: usize) -> LaterPanels {
        let (mounted, set_mounted) = signal(0);
        clock::after_next_paint(move || mount_next(set_mounted, 1, count));
        LaterPanels(mounted)
    }
}

fn mount_next(set_mounted: WriteSignal<usize>, next: usize, count: usize) {
    set_mounted.set(next);
    if next < count {
        task_queue::next_task(move || mount_next(set_mounted, next + 1, count));
    }
}

/// Its children, once the later panels before it (`order` of them) have mounted.
#[component]
pub fn Later(order: usize, children: ChildrenFn) -> impl IntoView {
    let LaterPanels(mounted) = expect_context::<LaterPanels>();
    // A memo, so the children are built once, not again as each later panel mounts.
    let shown = Memo::new(move |_| mounted.get() > order);
    move || shown.get().then(|| children())
}
