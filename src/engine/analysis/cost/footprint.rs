//! What a strategy's pass over the workloads found, for the overheads and the governance
//! epochs to be sized from.

use std::collections::BTreeSet;

use super::on_cloud::WorkloadPass;
use super::phases::Phase;
use super::window::Window;
use crate::model::cloud::Cloud;
use crate::model::scenario::{Framework, Workload};
use crate::model::strategy::CloudsInUse;

/// What the strategy's pass over the workloads found, for the overheads to be sized from.
#[derive(Default)]
pub(super) struct Footprint {
    pub in_use: CloudsInUse,
    /// Month-0 run cost on each cloud, averaged over the horizon's months: picks the primary
    /// cloud and sizes the second one.
    pub cloud_run: [f64; 2],
    /// Calls a month on each cloud, averaged over the horizon's months.
    pub calls: [f64; 2],
    /// Workloads with traffic on each cloud.
    pub workloads: [u32; 2],
    /// Frameworks the workloads on each cloud need.
    pub frameworks: [BTreeSet<Framework>; 2],
    /// The months the Foundry-built platform is kept: from the first month a Frontier-class
    /// agent needs it on Azure to the last month such an agent runs there (one span: a
    /// platform torn down and built again is not modelled); None when none needs it.
    pub foundry_platform: Option<Span>,
    /// The months each cloud is in use, from the earliest phase on it to the latest end.
    pub spans: [Option<Span>; 2],
}

/// Months as a window and, with the values in force, `[from, to)`.
pub(super) type Span = (Window, (usize, usize));

/// Widens `span` to cover `phase`.
fn widen(span: &mut Option<Span>, phase: &Phase) {
    let (window, months) = span.get_or_insert((phase.window, phase.months));
    if phase.months.0 < months.0 {
        (window.from, months.0) = (phase.window.from, phase.months.0);
    }
    if phase.months.1 > months.1 {
        (window.to, months.1) = (phase.window.to, phase.months.1);
    }
}

impl Footprint {
    /// Counts a priced phase of `w`.
    pub(super) fn add(&mut self, horizon: usize, phase: &Phase, pass: &WorkloadPass) {
        let (from, to) = phase.months;
        let weight = (to - from) as f64 / horizon.max(1) as f64;
        for c in phase.placement.clouds() {
            let i = c.index();
            self.in_use.add(c);
            self.cloud_run[i] += pass.run_base[i].iter().sum::<f64>() * weight;
            self.calls[i] += pass.calls[i] * weight;
            widen(&mut self.spans[i], phase);
        }
    }

    /// Counts the platform a Frontier-class agent needs on Azure: in its phases on Azure from
    /// the first that arrives there needing it (`phases` start with that one).
    pub(super) fn add_foundry_platform(&mut self, phases: &[Phase]) {
        for phase in phases.iter().filter(|p| p.placement.uses(Cloud::Azure)) {
            widen(&mut self.foundry_platform, phase);
        }
    }

    /// Counts `w` once on each cloud some phase of it uses.
    pub(super) fn add_workload(&mut self, w: &Workload, used: [bool; 2]) {
        for c in Cloud::ALL.into_iter().filter(|c| used[c.index()]) {
            self.workloads[c.index()] += 1;
            self.frameworks[c.index()].extend(w.compliance.iter().copied());
        }
    }

    pub(super) fn span(&self, c: Cloud) -> Window {
        self.spans[c.index()].map_or(Window::WHOLE, |(w, _)| w)
    }
}
