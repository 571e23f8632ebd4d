//! A scenario's horizon cost as a function of the assumptions, reduced to what varies.
//!
//! `analysis::cost` prices every workload line by line. Each line's month-0 amount is linear in its
//! workload quantities, so the lines of one shape (e.g. gpt-4.1 tokens on AWS, EU-only) merge
//! into one formula with summed quantities: a strategy becomes a few dozen formulas, whatever
//! the number of workloads. A month's cost is then the month-0 sum of each scaling times that
//! scaling's factor (volume growth, price decline), which a sample recomputes from its drawn
//! growth and decline. So a sample costs microseconds, not a re-run of the engine.

use std::collections::BTreeMap;

use super::formula_sums::{FormulaSums, Term};
use crate::analysis::cost::{self, labour_step, Formula, RateValues, Scaling, Shape, Window};
use crate::assumptions::{Assumptions, Key, Resolved};
use crate::model::scenario::{Scenario, YearMonth};
use crate::model::strategy::Strategy;
use crate::EngineError;

/// Month-0 cost of each strategy (in `Strategy::ALL` order) per scaling (growth, growth and
/// price decline, flat, one-time, labour), and the monthly steps of the three growing scalings.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Lines billed over the whole horizon.
    pub month0: [[f64; SLOTS]; 4],
    /// Lines billed in part of it (a schedule's phases), as changes of the month-0 amount in
    /// force, in month order; a one-time amount is in force for its month only.
    pub changes: Vec<Change>,
    /// 1 + volume growth a month.
    pub growth_step: f64,
    /// The growth step times the monthly price-decline step.
    pub decline_step: f64,
    /// The monthly step of salary growth.
    pub labour_step: f64,
}

/// A change, from `month` on, of a strategy's month-0 amount in force for one scaling (small:
/// a sample of a scheduled board keeps hundreds, and a band keeps 10,000 samples).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    month: u16,
    strategy: u8,
    slot: u8,
    delta: f64,
}

/// Scratch space a sampler reuses between samples: the shapes' rates, and the changes of the
/// month-0 amounts summed by month (all zero between samples).
#[derive(Debug, Clone, Default)]
pub struct OutcomeScratch {
    rates: Vec<[f64; 2]>,
    by_month: Vec<Amounts>,
    touched: Vec<bool>,
}

/// Month-0 amounts per strategy and scaling.
type Amounts = [[f64; SLOTS]; 4];

#[derive(Debug, Clone)]
pub struct CostModel {
    months: usize,
    start: YearMonth,
    /// Each shape once, though several strategies use it: a sample prices it once.
    shapes: Vec<Shape>,
    /// Merged formulas of the four strategies billed over the whole horizon. Each amount adds
    /// its formulas in shape order, as the engine does.
    terms: FormulaSums,
    /// Each distinct part of the horizon a term is billed in, once, with its terms: a sample
    /// places each window once and sums its terms before making changes.
    windows: Vec<(Window, FormulaSums)>,
    /// What the spend commitments change each month, held at the values in force: their
    /// discount and shortfalls are not linear in the assumptions, so a sample does not redraw
    /// them (a sampled band is then as wide as without commitments, around the right centre).
    fixed: Vec<Change>,
    /// The values in force (defaults with the scenario's overrides).
    base: Resolved,
}

const GROWTH: usize = 0;
const DECLINE: usize = 1;
const FLAT: usize = 2;
const ONE_TIME: usize = 3;
const LABOUR: usize = 4;
/// One slot per scaling.
pub const SLOTS: usize = 5;

fn slot(s: Scaling) -> usize {
    match s {
        Scaling::Growth => GROWTH,
        Scaling::GrowthAndPriceDecline => DECLINE,
        Scaling::Flat => FLAT,
        Scaling::OneTime => ONE_TIME,
        Scaling::Labour => LABOUR,
    }
}

impl CostModel {
    /// Checks the scenario as `evaluate` does and collects its merged formulas.
    pub fn new(scenario: &Scenario) -> Result<CostModel, EngineError> {
        scenario.validate()?;
        let base = Assumptions::resolve(&scenario.overrides)?;
        let ctx = cost::Ctx::new(scenario, &base);
        let mut merged: BTreeMap<(usize, Shape, Window), Formula> = BTreeMap::new();
        let mut fixed = Vec::new();
        for (strategy, &s) in Strategy::ALL.iter().enumerate() {
            let (formulas, commitment_effect) = cost::formulas(&ctx, scenario, s);
            fixed.extend(held_changes(strategy, &commitment_effect));
            for (_, f, window) in formulas {
                merged
                    .entry((strategy, f.shape, window))
                    .and_modify(|m| m.add(&f))
                    .or_insert(f);
            }
        }
        let mut shapes: Vec<Shape> = merged.keys().map(|(_, shape, _)| *shape).collect();
        shapes.sort();
        shapes.dedup();
        let mut terms = Vec::new();
        let mut windowed: BTreeMap<Window, Vec<Term>> = BTreeMap::new();
        for ((strategy, shape, window), f) in merged {
            let term = Term {
                shape: shapes.binary_search(&shape).unwrap_or(0),
                cell: strategy * SLOTS + slot(shape.scaling()),
                q: f.q,
            };
            if window.is_whole() {
                terms.push(term);
                continue;
            }
            windowed.entry(window).or_default().push(term);
        }
        let terms = FormulaSums::new(terms);
        let windows = windowed
            .into_iter()
            .map(|(window, terms)| (window, FormulaSums::new(terms)))
            .collect();
        Ok(CostModel {
            months: scenario.horizon_months(),
            start: scenario.start,
            shapes,
            terms,
            windows,
            fixed,
            base,
        })
    }

    pub fn months(&self) -> usize {
        self.months
    }

    /// The values in force, for a sampler to start from.
    pub fn base(&self) -> &Resolved {
        &self.base
    }

    /// Merged formulas across the four strategies, and the distinct shapes among them (a
    /// sample prices each shape once).
    pub fn size(&self) -> (usize, usize) {
        let windowed: usize = self.windows.iter().map(|(_, sums)| sums.len()).sum();
        (self.terms.len() + windowed, self.shapes.len())
    }

    pub fn outcome(&self, r: &Resolved) -> Outcome {
        self.outcome_with(r, &mut OutcomeScratch::default())
    }

    /// As `outcome`, reusing `scratch` between samples.
    pub fn outcome_with(&self, r: &Resolved, scratch: &mut OutcomeScratch) -> Outcome {
        scratch.rates.clear();
        let values = RateValues::of(r);
        scratch.rates.extend(self.shapes.iter().map(|s| {
            let (a, b) = s.rates(&values);
            [a, b]
        }));
        let mut month0: Amounts = [[0.0; SLOTS]; 4];
        self.terms.add_to(&scratch.rates, month0.as_flattened_mut());
        scratch.by_month.resize(self.months, [[0.0; SLOTS]; 4]);
        scratch.touched.resize(self.months, false);
        for (window, sums) in &self.windows {
            let mut amounts: Amounts = [[0.0; SLOTS]; 4];
            sums.add_to(&scratch.rates, amounts.as_flattened_mut());
            let span = window.months(r, self.start, self.months);
            add_window(&mut scratch.by_month, &mut scratch.touched, span, &amounts);
        }
        for c in &self.fixed {
            let m = usize::from(c.month);
            scratch.by_month[m][usize::from(c.strategy)][usize::from(c.slot)] += c.delta;
            scratch.touched[m] = true;
        }
        let changes = take_changes(&mut scratch.by_month, &mut scratch.touched);
        // As the cost `Frame`: the same steps, so a fixed draw reproduces the engine's figures.
        let growth_step = 1.0 + r.get(Key::VolumeGrowth) / 100.0;
        let decline = (1.0 - r.get(Key::TokenPriceDecline) / 100.0).powf(1.0 / 12.0);
        Outcome {
            month0,
            changes,
            growth_step,
            decline_step: growth_step * decline,
            labour_step: labour_step(r.get(Key::SalaryGrowth)),
        }
    }

    /// Horizon totals per strategy.
    pub fn totals(&self, o: &Outcome) -> [f64; 4] {
        if !o.changes.is_empty() {
            let mut walk = Cumulative::new();
            walk.steps(o, self.months, |_, _| {});
            return walk.totals;
        }
        let (mut g, mut d, mut l) = (0.0, 0.0, 0.0);
        let (mut fg, mut fd, mut fl) = (1.0, 1.0, 1.0);
        for _ in 0..self.months {
            g += fg;
            d += fd;
            l += fl;
            fg *= o.growth_step;
            fd *= o.decline_step;
            fl *= o.labour_step;
        }
        let flat = self.months as f64;
        let one = if self.months > 0 { 1.0 } else { 0.0 };
        o.month0
            .map(|a| a[GROWTH] * g + a[DECLINE] * d + a[FLAT] * flat + a[ONE_TIME] * one + a[LABOUR] * l)
    }

    /// The plan's horizon total with the values in `r`.
    pub fn plan_total(&self, r: &Resolved) -> f64 {
        self.totals(&self.outcome(r))[0]
    }

    /// Cumulative cost per strategy at the end of each month, month by month: calls `visit`
    /// with the month index and the four running totals.
    pub fn cumulative(&self, o: &Outcome, visit: impl FnMut(usize, [f64; 4])) {
        Cumulative::new().steps(o, self.months, visit);
    }
}

/// Adds to the months' sums of changes (`touched`: the months that have any) the amounts
/// billed in months `[from, to)`: each in force from `from` to `to`, a one-time amount in
/// `from` alone. A window the drawn dates leave empty bills nothing, not even its
/// move.
fn add_window(by_month: &mut [Amounts], touched: &mut [bool], (from, to): (usize, usize), amounts: &Amounts) {
    let horizon = by_month.len();
    if from >= to || from >= horizon {
        return;
    }
    for (strategy, slots) in amounts.iter().enumerate() {
        for (slot, &amount) in slots.iter().enumerate() {
            if amount == 0.0 {
                continue;
            }
            let to = if slot == ONE_TIME { from + 1 } else { to };
            by_month[from][strategy][slot] += amount;
            touched[from] = true;
            if to < horizon {
                by_month[to][strategy][slot] -= amount;
                touched[to] = true;
            }
        }
    }
}

/// The summed changes in month order, leaving the months zeroed for the next sample.
fn take_changes(by_month: &mut [Amounts], touched: &mut [bool]) -> Vec<Change> {
    let mut changes = Vec::new();
    for (month, (amounts, touched)) in by_month.iter_mut().zip(touched.iter_mut()).enumerate() {
        if !*touched {
            continue;
        }
        *touched = false;
        for (strategy, slots) in amounts.iter_mut().enumerate() {
            for (slot, delta) in slots.iter_mut().enumerate() {
                if *delta != 0.0 {
                    changes.push(Change {
                        month: month as u16,
                        strategy: strategy as u8,
                        slot: slot as u8,
                        delta: *delta,
                    });
                }
                *delta = 0.0;
            }
        }
    }
    changes
}

/// A strategy's month-by-month amounts as flat changes in force for one month each.
fn held_changes(strategy: usize, monthly: &[f64]) -> impl Iterator<Item = Change> + '_ {
    let months = monthly.len();
    monthly
        .iter()
        .enumerate()
        .filter(|(_, delta)| **delta != 0.0)
        .flat_map(move |(month, &delta)| {
            let change = |month: usize, delta| Change {
                month: month as u16,
                strategy: strategy as u8,
                slot: FLAT as u8,
                delta,
            };
            std::iter::once(change(month, delta))
                .chain((month + 1 < months).then(|| change(month + 1, -delta)))
        })
}

/// An outcome's cumulative cost per strategy, one month at a time (so many outcomes can be
/// walked side by side without keeping their whole series).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cumulative {
    growth: f64,
    decline: f64,
    labour: f64,
    month: usize,
    /// The next of the outcome's changes to apply, and the windowed amounts in force.
    next_change: usize,
    windowed: [[f64; SLOTS]; 4],
    pub totals: [f64; 4],
}

impl Default for Cumulative {
    fn default() -> Self {
        Cumulative::new()
    }
}

impl Cumulative {
    pub fn new() -> Cumulative {
        Cumulative {
            growth: 1.0,
            decline: 1.0,
            labour: 1.0,
            month: 0,
            next_change: 0,
            windowed: [[0.0; SLOTS]; 4],
            totals: [0.0; 4],
        }
    }

    /// Adds the next `months` months of `o`, calling `visit` with each month's index (0 for
    /// the first of these) and the totals to its end. The walk's numbers live in locals
    /// meanwhile, so a band's pass over many outcomes keeps them in registers.
    #[inline(always)]
    pub fn steps(&mut self, o: &Outcome, months: usize, visit: impl FnMut(usize, [f64; 4])) {
        if o.changes.is_empty() {
            self.walk::<false>(o, months, visit);
        } else {
            self.walk::<true>(o, months, visit);
        }
    }

    /// `steps`, compiled twice: an outcome billed over the whole horizon only (`CHANGES`
    /// false, most boards) has no windowed amounts to add, and adding their zeros changes no
    /// sum, so its months are the month-0 amounts times the scalings' factors alone.
    #[inline(always)]
    fn walk<const CHANGES: bool>(
        &mut self,
        o: &Outcome,
        months: usize,
        mut visit: impl FnMut(usize, [f64; 4]),
    ) {
        let (mut growth, mut decline, mut labour) = (self.growth, self.decline, self.labour);
        let mut totals = self.totals;
        for i in 0..months {
            let month = self.month + i;
            let one = if month == 0 { 1.0 } else { 0.0 };
            if CHANGES {
                self.apply_changes(o, month);
            }
            for ((c, a), w) in totals.iter_mut().zip(&o.month0).zip(&self.windowed) {
                *c += if CHANGES {
                    (a[GROWTH] + w[GROWTH]) * growth
                        + (a[DECLINE] + w[DECLINE]) * decline
                        + a[FLAT]
                        + w[FLAT]
                        + a[ONE_TIME] * one
                        + w[ONE_TIME]
                        + (a[LABOUR] + w[LABOUR]) * labour
                } else {
                    a[GROWTH] * growth
                        + a[DECLINE] * decline
                        + a[FLAT]
                        + a[ONE_TIME] * one
                        + a[LABOUR] * labour
                };
            }
            growth *= o.growth_step;
            decline *= o.decline_step;
            labour *= o.labour_step;
            visit(i, totals);
        }
        (self.growth, self.decline, self.labour) = (growth, decline, labour);
        self.totals = totals;
        self.month += months;
    }

    /// Puts the outcome's changes up to `month` in force.
    #[inline(always)]
    fn apply_changes(&mut self, o: &Outcome, month: usize) {
        while let Some(c) = o
            .changes
            .get(self.next_change)
            .filter(|c| usize::from(c.month) <= month)
        {
            self.windowed[usize::from(c.strategy)][usize::from(c.slot)] += c.delta;
            self.next_change += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::{Framework, Location, Placement};
    use crate::model::schedule::{Move, MoveAt};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    fn mixed(n: usize) -> Scenario {
        let mut s = Scenario::default();
        for i in 0..n {
            let id = s.add_workload(WorkloadKind::ALL[i % WorkloadKind::ALL.len()]);
            if let Some(w) = s.workload_mut(id) {
                w.placement = [
                    Placement::Azure,
                    Placement::Aws,
                    Placement::Both { azure_percent: 30 },
                    Placement::Unplaced,
                ][i % 4];
                w.data_location = Location::ALL[i % 4];
                w.runs_today = Location::ALL[(i / 2) % 4];
                w.data_gb = 100.0 * i as f64;
                if i % 3 == 0 {
                    w.compliance.insert(Framework::Hipaa);
                }
            }
        }
        s
    }

    #[test]
    fn reproduces_the_engine_at_the_values_in_force() {
        let s = mixed(23);
        let e = evaluate(&s).expect("valid");
        let model = CostModel::new(&s).expect("valid");
        let o = model.outcome(model.base());
        let totals = model.totals(&o);
        for (t, r) in totals.iter().zip(e.strategies()) {
            assert!(close(*t, r.cost.horizon_total), "{t} vs {}", r.cost.horizon_total);
        }
        model.cumulative(&o, |m, cum| {
            for (c, r) in cum.iter().zip(e.strategies()) {
                assert!(
                    close(*c, r.cost.cumulative[m]),
                    "month {m}: {c} vs {}",
                    r.cost.cumulative[m]
                );
            }
        });
        // 23 workloads, but a few dozen formulas and fewer shapes.
        let (terms, shapes) = model.size();
        assert!(terms < 4 * 40 && shapes < terms, "{terms} terms, {shapes} shapes");
    }

    #[test]
    fn a_walk_without_changes_is_the_general_walk_to_the_bit() {
        let model = CostModel::new(&mixed(17)).expect("valid");
        let mut r = model.base().clone();
        r.set_at(Key::VolumeGrowth as usize, 2.5);
        let o = model.outcome(&r);
        assert!(o.changes.is_empty());
        // Every scaling bills something, so a slip in any term of the short sum shows.
        for slot in [GROWTH, DECLINE, FLAT, ONE_TIME, LABOUR] {
            assert!(o.month0.iter().any(|a| a[slot] != 0.0), "slot {slot}");
        }
        let (mut quick, mut general) = (Cumulative::new(), Cumulative::new());
        let (mut a, mut b) = (Vec::new(), Vec::new());
        // Two legs, as a band walks a pass at a time.
        for months in [7, 29] {
            quick.walk::<false>(&o, months, |m, t| a.push((m, t.map(f64::to_bits))));
            general.walk::<true>(&o, months, |m, t| b.push((m, t.map(f64::to_bits))));
        }
        assert_eq!(a, b);
        let bits = |c: &Cumulative| (c.month, [c.growth, c.decline, c.labour].map(f64::to_bits));
        assert_eq!(bits(&quick), bits(&general));
    }

    #[test]
    fn an_invalid_scenario_is_refused_as_the_engine_refuses_it() {
        let mut s = mixed(2);
        s.horizon_years = 0;
        assert_eq!(CostModel::new(&s).err(), evaluate(&s).err());
    }

    #[test]
    fn a_scratch_reused_across_samples_and_models_gives_what_a_fresh_one_gives() {
        let mut long = mixed(12);
        long.horizon_years = 4;
        for (i, w) in long.workloads.iter_mut().enumerate() {
            let to = match w.placement {
                Placement::Azure => Placement::Aws,
                Placement::Unplaced => continue,
                _ => Placement::Azure,
            };
            w.moves = vec![Move::new(MoveAt::Month(3 + (i % 30) as u16), to)];
        }
        let mut short = long.clone();
        short.horizon_years = 2;
        let models = [
            CostModel::new(&long).expect("valid"),
            CostModel::new(&short).expect("valid"),
        ];
        assert!(models[0].windows.len() > 1, "the moves make windows");
        let mut scratch = OutcomeScratch::default();
        for k in 0..6 {
            let model = &models[k % 2];
            let mut r = model.base().clone();
            r.set_at(Key::VolumeGrowth as usize, 0.5 * k as f64);
            let reused = model.outcome_with(&r, &mut scratch);
            assert!(!reused.changes.is_empty());
            assert_eq!(reused, model.outcome(&r), "draw {k}");
        }
    }
}
