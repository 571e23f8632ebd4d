//! The Monte Carlo driver: samples the scenario's cost in slices of a few milliseconds, each
//! a task of its own, so input and painting go between slices while the band refines. The
//! first slice publishes a band of a few hundred samples (and the tornado), later slices
//! refine it up to `SAMPLES`. Any change to the scenario starts over: a generation counter
//! stops the work in flight. Nothing here blocks a drop: the deterministic figures are
//! computed and painted first, sampling starts after that paint.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::AppState;
use crate::engine::model::scenario::Scenario;
use crate::engine::uncertainty::{AnswerReliance, Band, BandBuilder, Sampler, Tornado, SAMPLES};
use crate::web::{clock, dom, task_queue};

/// Work per slice: input or a frame waits at most this long for a slice to end.
const SLICE_MS: f64 = 8.0;
/// Samples drawn between clock reads (and at most per slice, should the clock not move):
/// whole blocks of the sampler's draws.
const CHUNK: usize = 2 * Sampler::BLOCK;
const MAX_CHUNKS_PER_SLICE: usize = 200;
/// Months of a band built between clock reads: each step reads every sample once, so fewer,
/// longer steps read less (a step of 10,000 samples takes a few milliseconds).
const BAND_MONTHS_PER_STEP: usize = 6;
/// Bands are published at these sample counts: a quick first one, one refinement, the whole.
/// Each band is built from all its samples and redrawn, so every checkpoint delays the last:
/// bands at 2,500 and 5,000 too made the 10,000-sample band arrive ~25% later in the browser.
const CHECKPOINTS: [usize; 3] = [250, 1_000, SAMPLES];

/// The band and tornado of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Sampled {
    /// The scenario they were computed for (the chart draws a band only for the one on screen).
    pub scenario: Scenario,
    pub band: Band,
    pub tornado: Tornado,
    /// The weak assumptions the plan's standing against its cheapest reference rests on.
    pub reliance: AnswerReliance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Samples in the band shown.
    pub in_band: usize,
    pub target: usize,
    /// Still sampling for the scenario on screen.
    pub running: bool,
}

/// Shared through context; a `Copy` handle.
#[derive(Clone, Copy)]
pub struct Uncertainty {
    /// The latest result; None when the scenario cannot be evaluated.
    pub result: RwSignal<Option<Sampled>>,
    pub progress: RwSignal<Progress>,
    generation: StoredValue<u64>,
}

struct Job {
    generation: u64,
    scenario: Scenario,
    sampler: Sampler,
    tornado: Tornado,
    reliance: AnswerReliance,
    builder: Option<BandBuilder>,
    next_checkpoint: usize,
    published: bool,
}

impl Uncertainty {
    /// Starts sampling the scenario now and after every change to it.
    pub fn start(state: AppState) -> Uncertainty {
        let u = Uncertainty {
            result: RwSignal::new(None),
            progress: RwSignal::new(Progress::default()),
            generation: StoredValue::new(0),
        };
        // Syncs the background work (timers) with the scenario.
        Effect::new(move |_| {
            let scenario = state.scenario.get();
            u.restart(state, scenario);
        });
        u
    }

    /// The band, if it belongs to `scenario`.
    pub fn band_for(&self, scenario: &Scenario) -> Option<Band> {
        self.result.with(|r| {
            r.as_ref()
                .filter(|s| s.scenario == *scenario)
                .map(|s| s.band.clone())
        })
    }

    fn restart(self, state: AppState, scenario: Scenario) {
        let generation = self.generation.get_value().wrapping_add(1);
        self.generation.set_value(generation);
        dom::performance_mark("cloudsplit:uncertainty-start");
        let job: Rc<RefCell<Option<Job>>> = Rc::new(RefCell::new(None));
        let pending = Rc::new(RefCell::new(Some(scenario)));
        clock::after_next_paint(move || self.slice(state, generation, job, pending));
    }

    /// One slice of work; schedules the next one unless done or overtaken by a change.
    fn slice(
        self,
        state: AppState,
        generation: u64,
        job: Rc<RefCell<Option<Job>>>,
        pending: Rc<RefCell<Option<Scenario>>>,
    ) {
        if self.generation.get_value() != generation {
            return;
        }
        // A drag in progress keeps the whole frame; sampling resumes after the drop.
        if state.drag.with_untracked(Option::is_some) {
            clock::after_next_paint(move || self.slice(state, generation, job, pending));
            return;
        }
        let started = clock::now_ms();
        if let Some(scenario) = pending.borrow_mut().take() {
            match Sampler::new(&scenario, SAMPLES) {
                Ok(sampler) => {
                    let tornado = sampler.tornado();
                    let reliance = sampler.reliance();
                    *job.borrow_mut() = Some(Job {
                        generation,
                        scenario,
                        sampler,
                        tornado,
                        reliance,
                        builder: None,
                        next_checkpoint: 0,
                        published: false,
                    });
                }
                Err(_) => {
                    // The headline already says what is wrong with the scenario.
                    self.result.set(None);
                    self.progress.set(Progress::default());
                    return;
                }
            }
        }
        let finished = {
            let mut guard = job.borrow_mut();
            let Some(j) = guard.as_mut().filter(|j| j.generation == generation) else {
                return;
            };
            self.work(j, started)
        };
        if !finished {
            // The next slice right after whatever the browser has due (input, a frame), not
            // after the next frame: waiting for frames left half of each frame idle.
            task_queue::next_task(move || self.slice(state, generation, job, pending));
        }
    }

    /// Samples and builds bands until the slice's time is up; true when the job is done.
    fn work(self, j: &mut Job, started: f64) -> bool {
        for _ in 0..MAX_CHUNKS_PER_SLICE {
            if let Some(builder) = &mut j.builder {
                // A few months at a time: a large band is spread over slices too.
                if let Some(band) = builder.step(j.sampler.outcomes(), BAND_MONTHS_PER_STEP) {
                    j.builder = None;
                    self.publish(j, band);
                    if j.sampler.is_complete() {
                        return true;
                    }
                }
            } else if j.sampler.drawn() < CHECKPOINTS[j.next_checkpoint] {
                let until = CHECKPOINTS[j.next_checkpoint] - j.sampler.drawn();
                j.sampler.run(CHUNK.min(until));
            } else {
                j.builder = Some(j.sampler.band_builder());
                j.next_checkpoint = (j.next_checkpoint + 1).min(CHECKPOINTS.len() - 1);
            }
            if clock::now_ms() - started >= SLICE_MS {
                break;
            }
        }
        false
    }

    fn publish(self, j: &mut Job, band: Band) {
        let in_band = band.samples;
        let complete = j.sampler.is_complete() && in_band + j.sampler.discarded() >= j.sampler.drawn();
        self.result.set(Some(Sampled {
            scenario: j.scenario.clone(),
            band,
            tornado: j.tornado.clone(),
            reliance: j.reliance.clone(),
        }));
        self.progress.set(Progress {
            in_band,
            target: j.sampler.target(),
            running: !complete,
        });
        if !j.published {
            j.published = true;
            dom::performance_mark("cloudsplit:band-first");
        }
        if complete {
            dom::performance_mark("cloudsplit:band-complete");
        }
    }
}

/// The handle from context, provided by `App`. A component mounted outside `App` panics here
/// rather than waiting for samples that no job will ever send.
#[track_caller]
pub fn use_uncertainty() -> Uncertainty {
    expect_context::<Uncertainty>()
}
