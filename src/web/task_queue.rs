//! Work queued as a task of its own, to start as soon as the browser has handled what is
//! already due (input, a frame to paint). A zero-delay timeout would do the same, except that
//! browsers hold each timeout in a chain of five or more for at least 4 ms, so a long job cut
//! into slices of a few milliseconds would spend a third of its time waiting.
//! One message channel carries the whole page's queue: a message per queued job.

use std::cell::{OnceCell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

type Job = Box<dyn FnOnce()>;

thread_local! {
    static JOBS: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// Opened for the first job; None where the browser has no message channels.
    static CHANNEL: OnceCell<Option<web_sys::MessageChannel>> = const { OnceCell::new() };
}

/// Runs `f` in a task of its own, queued now.
pub fn next_task(f: impl FnOnce() + 'static) {
    JOBS.with_borrow_mut(|jobs| jobs.push_back(Box::new(f)));
    let posted = CHANNEL.with(|channel| {
        channel
            .get_or_init(open_channel)
            .as_ref()
            .is_some_and(|c| c.port2().post_message(&JsValue::NULL).is_ok())
    });
    if !posted {
        set_timeout(run_next, Duration::ZERO);
    }
}

fn open_channel() -> Option<web_sys::MessageChannel> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let on_message = Closure::<dyn FnMut()>::new(run_next);
    channel
        .port1()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // One handler for the page's lifetime, kept with the channel it serves.
    on_message.forget();
    Some(channel)
}

/// Runs the oldest queued job; one message, one job, in the order they were queued.
fn run_next() {
    // Taken out before it runs: a job may queue another.
    let job = JOBS.with_borrow_mut(VecDeque::pop_front);
    if let Some(job) = job {
        job();
    }
}
