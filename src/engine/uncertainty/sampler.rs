//! Draws outcomes of a scenario's cost, a chunk at a time, so a caller can spread the work
//! over animation frames and show a band as soon as the first chunk is in.
//!
//! Sample `i` draws every sampled assumption from its own seeded stream at index `i`
//! (`draws`), so the outcomes do not depend on how the work was chunked.

use super::band::{Band, BandBuilder};
use super::cost_model::{CostModel, Outcome, OutcomeScratch};
use super::draws;
use super::inputs::{self, Input};
use super::reliance::{self, AnswerReliance};
use super::tornado::{self, Tornado};
use crate::assumptions::Resolved;
use crate::model::scenario::Scenario;
use crate::EngineError;

pub struct Sampler {
    model: CostModel,
    inputs: Vec<Input>,
    scratch: Resolved,
    scratch_outcome: OutcomeScratch,
    /// The draws of a block of samples, input by input (`BLOCK` slots per input).
    block: Vec<f64>,
    outcomes: Vec<Outcome>,
    /// Samples drawn so far, kept or not.
    drawn: usize,
    /// Samples whose cost was not a finite number (left out of the band).
    discarded: usize,
    target: usize,
}

impl Sampler {
    /// Samples drawn together: each input draws a block's values in one tight loop, and a
    /// block's draws (inputs x `BLOCK` values) stay in the first-level cache while its samples
    /// are priced. A caller drawing in chunks draws whole blocks when its chunk is a multiple.
    pub const BLOCK: usize = 32;

    /// A sampler for `target` samples of `scenario` (checked as `evaluate` checks it).
    pub fn new(scenario: &Scenario, target: usize) -> Result<Sampler, EngineError> {
        let model = CostModel::new(scenario)?;
        let inputs = inputs::inputs(scenario, model.base());
        Ok(Sampler {
            scratch: model.base().clone(),
            scratch_outcome: OutcomeScratch::default(),
            block: vec![0.0; inputs.len() * Sampler::BLOCK],
            model,
            inputs,
            outcomes: Vec::with_capacity(target),
            drawn: 0,
            discarded: 0,
            target,
        })
    }

    /// Draws up to `n` more samples (never past the target); returns how many were drawn.
    pub fn run(&mut self, n: usize) -> usize {
        let end = self.drawn.saturating_add(n).min(self.target);
        let start = self.drawn;
        let mut first = start;
        while first < end {
            let len = Sampler::BLOCK.min(end - first);
            self.draw_block(first, len);
            for slot in 0..len {
                self.price_slot(slot);
            }
            first += len;
        }
        self.drawn = end;
        end - start
    }

    /// Draws every input for the `len` samples from `first` on, into `block` (input by input).
    fn draw_block(&mut self, first: usize, len: usize) {
        let mut seeds = [0u64; Sampler::BLOCK];
        for (i, seed) in seeds.iter_mut().enumerate().take(len) {
            *seed = draws::sample_seed((first + i) as u64);
        }
        let seeds = seeds.get(..len).unwrap_or_default();
        for (input, values) in self
            .inputs
            .iter()
            .zip(self.block.chunks_exact_mut(Sampler::BLOCK))
        {
            input.draw_each(seeds, values);
        }
    }

    /// Prices the sample in slot `slot` of the block drawn last, and keeps its outcome if it
    /// is finite.
    fn price_slot(&mut self, slot: usize) {
        let drawn = self.block.iter().skip(slot).step_by(Sampler::BLOCK);
        for (input, &value) in self.inputs.iter().zip(drawn) {
            self.scratch.set_at(input.index, value);
        }
        let o = self.model.outcome_with(&self.scratch, &mut self.scratch_outcome);
        // Bounded inputs keep costs finite; a sample that is not is left out, never shown.
        let finite = o.month0.iter().flatten().all(|v| v.is_finite())
            && o.growth_step.is_finite()
            && o.decline_step.is_finite()
            && o.labour_step.is_finite()
            && self.model.totals(&o).iter().all(|t| t.is_finite());
        if finite {
            self.outcomes.push(o);
        } else {
            self.discarded += 1;
        }
    }

    pub fn drawn(&self) -> usize {
        self.drawn
    }

    pub fn discarded(&self) -> usize {
        self.discarded
    }

    pub fn target(&self) -> usize {
        self.target
    }

    pub fn is_complete(&self) -> bool {
        self.drawn >= self.target
    }

    /// The sampled assumptions.
    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }

    pub fn model(&self) -> &CostModel {
        &self.model
    }

    /// The band of the samples drawn so far; None before any finite sample.
    pub fn band(&self) -> Option<Band> {
        Band::of(&self.model, &self.outcomes)
    }

    /// A band of the samples drawn so far, to build a few months at a time (pass
    /// `outcomes()` to each step; later samples do not change it).
    pub fn band_builder(&self) -> BandBuilder {
        BandBuilder::new(&self.model, self.outcomes.len())
    }

    /// The outcomes kept so far, in sample order.
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }

    /// What moves the plan's horizon cost, one assumption at a time.
    pub fn tornado(&self) -> Tornado {
        tornado::tornado(&self.model, &self.inputs)
    }

    /// The weakly sourced assumptions the plan's standing against its cheapest reference
    /// rests on most.
    pub fn reliance(&self) -> AnswerReliance {
        reliance::answer_rests_on(&self.model, &self.inputs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::Zone;

    fn board() -> Scenario {
        let mut s = Scenario::default();
        for (kind, zone) in [
            (WorkloadKind::SupportChatbot, Zone::Azure),
            (WorkloadKind::FrontierAgentTeam, Zone::Aws),
            (WorkloadKind::Summarisation, Zone::Both),
        ] {
            let id = s.add_workload(kind);
            s.move_to(id, zone);
        }
        s
    }

    #[test]
    fn chunk_sizes_do_not_change_the_band() {
        let s = board();
        let mut whole = Sampler::new(&s, 1000).expect("valid");
        assert_eq!(whole.run(5000), 1000);
        assert!(whole.is_complete());
        let mut chunked = Sampler::new(&s, 1000).expect("valid");
        for n in [1, 7, 100, 3, 500, 1000] {
            chunked.run(n);
        }
        assert_eq!(chunked.drawn(), 1000);
        assert_eq!(whole.band(), chunked.band());
        // A band built a few months at a time is the same band.
        let mut builder = chunked.band_builder();
        let mut steps = 0;
        let band = loop {
            steps += 1;
            if let Some(b) = builder.step(chunked.outcomes(), 5) {
                break b;
            }
        };
        assert_eq!(steps, 36 / 5 + 1);
        assert_eq!(Some(band), whole.band());
    }

    #[test]
    fn each_sample_is_priced_at_its_own_draws_across_blocks() {
        let s = board();
        let mut sampler = Sampler::new(&s, 200).expect("valid");
        // Runs that end inside a block, and one that crosses two blocks' edges.
        for n in [5, 40, 70] {
            sampler.run(n);
        }
        assert_eq!(sampler.outcomes().len(), 115, "all finite");
        let mut r = sampler.model().base().clone();
        for (i, kept) in sampler.outcomes().iter().enumerate() {
            for input in sampler.inputs() {
                r.set_at(input.index, input.draw(i as u64));
            }
            assert_eq!(*kept, sampler.model().outcome(&r), "sample {i}");
        }
    }

    #[test]
    fn nothing_drawn_is_no_band() {
        let sampler = Sampler::new(&board(), 10).expect("valid");
        assert_eq!(sampler.band(), None);
        assert!(!sampler.inputs().is_empty());
    }
}
