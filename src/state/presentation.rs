//! Whether the page is shown to a room (presentation mode). The toggle switches it; the
//! charts read it to draw for the back row; the page's class follows it.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Presentation {
    pub on: RwSignal<bool>,
}

impl Presentation {
    pub fn new(on: bool) -> Presentation {
        Presentation {
            on: RwSignal::new(on),
        }
    }

    pub fn toggle(&self) {
        self.on.update(|on| *on = !*on);
    }
}

pub fn use_presentation() -> Presentation {
    expect_context()
}
