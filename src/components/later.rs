//! Panels below the board mount after the page's first paint, one per task: the board shows
//! without waiting for them, and no task of the start holds the page for long (on a phone,
//! building every panel in the first task held it for most of a second).

use leptos::prelude::*;

use crate::web::{clock, task_queue};

/// The later panels: how many there are, and how many have mounted so far.
#[derive(Clone, Copy)]
pub struct LaterPanels {
    mounted: ReadSignal<usize>,
    registered: StoredValue<usize>,
}

impl LaterPanels {
    /// Mounts every `Later` of the view, in the order the view creates them, one per task,
    /// from the first task after the next paint (by then the whole view has been created).
    pub fn start() -> LaterPanels {
        let (mounted, set_mounted) = signal(0);
        let registered = StoredValue::new(0);
        clock::after_next_paint(move || mount_next(set_mounted, registered, 1));
        LaterPanels { mounted, registered }
    }

    /// A new later panel's place in the order.
    fn register(&self) -> usize {
        let order = self.registered.get_value();
        self.registered.set_value(order + 1);
        order
    }
}

fn mount_next(set_mounted: WriteSignal<usize>, registered: StoredValue<usize>, next: usize) {
    let count = registered.get_value();
    if next > count {
        return;
    }
    set_mounted.set(next);
    if next < count {
        task_queue::next_task(move || mount_next(set_mounted, registered, next + 1));
    }
}

/// Its children, once the later panels created before it have mounted.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let panels = expect_context::<LaterPanels>();
    let order = panels.register();
    let mounted = panels.mounted;
    // A memo, so the children are built once, not again as each later panel mounts.
    let shown = Memo::new(move |_| mounted.get() > order);
    move || shown.get().then(|| children())
}
