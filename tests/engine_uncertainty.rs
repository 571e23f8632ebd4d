//! Cost bands and the tornado, tested with fixed seeds: the reduced cost model reproduces the
//! engine for any draw, a band without spread is the engine's answer, percentiles are
//! ordered, a wider range never narrows the band, and a dominant assumption ranks first.

use std::collections::BTreeMap;

use proptest::prelude::*;

use cloudsplit::engine::assumptions::ValueKind;
use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::currency::Currency;
use cloudsplit::engine::model::scenario::{Placement, Scenario, Workload, WorkloadId, YearMonth, Zone};
use cloudsplit::engine::model::schedule::WhileUnavailable;
use cloudsplit::engine::uncertainty::{CostModel, Sampler};
use cloudsplit::engine::{evaluate, Assumptions, Category, Strategy};

mod common;

use common::{close, scenario};

/// Every sampled assumption fixed at its value in force.
fn without_spread(mut s: Scenario) -> Scenario {
    let r = Assumptions::resolve(&s.overrides).expect("valid overrides");
    for e in r.entries().filter(|e| e.assumption.range.is_some()) {
        s.ranges.insert(e.assumption.id.clone(), (e.value, e.value));
    }
    s
}

fn board(placements: &[(WorkloadKind, Zone)]) -> Scenario {
    let mut s = Scenario::default();
    for &(kind, zone) in placements {
        let id = s.add_workload(kind);
        s.move_to(id, zone);
    }
    s
}

fn sampled(s: &Scenario, n: usize) -> Sampler {
    let mut sampler = Sampler::new(s, n).expect("valid scenario");
    sampler.run(n);
    sampler
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The model a sample evaluates is the engine: the same figures for the same values.
    #[test]
    fn the_reduced_model_reproduces_the_engine_for_any_draw(s in scenario(), sample in 0_u64..1_000_000) {
        let sampler = Sampler::new(&s, 1).expect("valid");
        let mut drawn = s.clone();
        for input in sampler.inputs() {
            drawn.overrides.insert(input.assumption.id.clone(), input.draw(sample));
        }
        let e = evaluate(&drawn).expect("drawn values are valid");
        let model = CostModel::new(&drawn).expect("valid");
        let totals = model.totals(&model.outcome(model.base()));
        for (t, r) in totals.iter().zip(e.strategies()) {
            prop_assert!(close(*t, r.cost.horizon_total), "{:?}: {} vs {}", r.strategy, t, r.cost.horizon_total);
        }
    }

    #[test]
    fn without_spread_the_median_is_the_engine_answer(s in scenario()) {
        let e = evaluate(&s).expect("valid");
        let sampler = sampled(&without_spread(s), 50);
        prop_assert!(sampler.inputs().is_empty());
        let band = sampler.band().expect("samples");
        for (m, want) in e.plan.cost.cumulative.iter().enumerate() {
            prop_assert!(close(band.plan.p50[m], *want), "month {}: {} vs {}", m, band.plan.p50[m], want);
            prop_assert!(close(band.plan.p10[m], *want) && close(band.plan.p90[m], *want));
        }
        for (r, want) in band.references.iter().zip(e.references()) {
            prop_assert!(close(*r.p50.last().unwrap_or(&0.0), want.cost.horizon_total));
        }
    }

    #[test]
    fn percentiles_are_ordered_and_finite(s in scenario()) {
        let band = sampled(&s, 400).band().expect("samples");
        for m in 0..band.plan.p50.len() {
            let (p10, p50, p90) = (band.plan.p10[m], band.plan.p50[m], band.plan.p90[m]);
            prop_assert!(p10.is_finite() && p90.is_finite());
            prop_assert!(p10 <= p50 && p50 <= p90, "month {}: {} {} {}", m, p10, p50, p90);
        }
        for r in &band.references {
            prop_assert!((0.0..=1.0).contains(&r.cheaper_than_plan));
            prop_assert!(r.p50.iter().all(|v| v.is_finite()));
        }
    }

    /// The band is what sorting each month's cumulative costs gives: nearest ranks of the plan
    /// (P10, P50, P90) and the references' medians, bit for bit, whatever shortcut the band
    /// takes to find them.
    #[test]
    fn the_band_is_the_sorted_ranks_of_every_month(s in scenario(), n in 1_usize..300) {
        let sampler = sampled(&s, n);
        let band = sampler.band().expect("samples");
        let model = sampler.model();
        let mut months: Vec<[Vec<f64>; 4]> = vec![Default::default(); model.months()];
        for o in sampler.outcomes() {
            model.cumulative(o, |m, totals| {
                for (series, t) in months[m].iter_mut().zip(totals) {
                    series.push(t);
                }
            });
        }
        let kept = sampler.outcomes().len();
        let rank = |p: f64| ((p * (kept - 1) as f64).round() as usize).min(kept - 1);
        for (m, series) in months.iter_mut().enumerate() {
            for v in series.iter_mut() {
                v.sort_by(f64::total_cmp);
            }
            let plan = &series[0];
            prop_assert_eq!(band.plan.p10[m].to_bits(), plan[rank(0.1)].to_bits());
            prop_assert_eq!(band.plan.p50[m].to_bits(), plan[rank(0.5)].to_bits());
            prop_assert_eq!(band.plan.p90[m].to_bits(), plan[rank(0.9)].to_bits());
            for (r, sorted) in band.references.iter().zip(&series[1..]) {
                prop_assert_eq!(r.p50[m].to_bits(), sorted[rank(0.5)].to_bits());
            }
        }
    }

    /// Widening one range on both sides, with the same seeded draws, never narrows the plan's
    /// P10-P90 band (up to 1% of sampling noise). The same seed does not put each draw further
    /// out (stretching a triangle moves the share of draws below its mode, so a draw can change
    /// sides), so the noise is that of two samples: at 2,000 samples it narrowed one band by
    /// 1.2% that widens at 10,000 and 40,000 (kept in the regressions file); 8,000 keeps it
    /// under 1%. Both sides: stretching only the low end of a
    /// range whose most likely value is its top moves every draw down, most in the dearest
    /// outcomes (costs multiply), and that can narrow the band in dollars. Dates are left out:
    /// a later date moves some workloads' months to a cheaper cloud and others' to a dearer
    /// one, so the cost is not monotone in a date and a wider date range may narrow the band.
    #[test]
    fn widening_a_range_never_narrows_the_band(s in scenario(), pick in any::<prop::sample::Index>(), k in 1.0..4.0_f64) {
        let n = 8_000;
        let narrow = sampled(&s, n);
        prop_assume!(!narrow.inputs().is_empty());
        let input = pick.get(narrow.inputs());
        let a = input.assumption;
        prop_assume!(!matches!(a.kind, ValueKind::YearMonth | ValueKind::YearMonthOrNever));
        let d = input.distribution;
        let stretch = (k - 1.0) * d.width() / 2.0;
        let (low, high) = (input.value_of(d.low - stretch), input.value_of(d.high + stretch));
        prop_assume!(low >= a.min && high <= a.max);
        let mut wider = s.clone();
        wider.ranges.insert(a.id.clone(), (low, high));
        prop_assume!(wider.validate().is_ok());
        let (b0, b1) = (narrow.band().expect("samples"), sampled(&wider, n).band().expect("samples"));
        let ((p10, _, p90), (q10, _, q90)) = (b0.horizon(), b1.horizon());
        let tolerance = 0.01 * (p90 - p10) + 1e-9 * p90.abs().max(1.0);
        prop_assert!(q90 - q10 >= p90 - p10 - tolerance, "{} widened by {}: [{}, {}] became [{}, {}]", a.id, k, p10, p90, q10, q90);
    }
}

#[test]
fn the_same_scenario_gives_the_same_band_and_tornado() {
    let s = board(&[
        (WorkloadKind::SupportChatbot, Zone::Azure),
        (WorkloadKind::FrontierAgentTeam, Zone::Both),
        (WorkloadKind::Embeddings, Zone::Aws),
    ]);
    let (a, b) = (sampled(&s, 3_000), sampled(&s.clone(), 3_000));
    assert_eq!(a.band(), b.band());
    assert_eq!(a.tornado(), b.tornado());
}

#[test]
fn a_dominant_assumption_ranks_first_and_the_band_covers_its_swing() {
    let mut s = board(&[
        (WorkloadKind::SupportChatbot, Zone::Azure),
        (WorkloadKind::ResearchAgent, Zone::Aws),
    ]);
    // Two clouds in use: the least extra headcount for the second cloud, here anywhere from
    // none to twenty people (5 at the values in force, the cap raised out of the way).
    s.overrides.insert("people.multicloud-fte".into(), 50.0);
    s.overrides.insert("people.multicloud-fte-floor".into(), 5.0);
    s.ranges.insert("people.multicloud-fte-floor".into(), (0.0, 20.0));
    let sampler = sampled(&s, 2_000);
    let tornado = sampler.tornado();
    let first = &tornado.swings[0];
    assert_eq!(first.assumption.id, "people.multicloud-fte-floor");
    assert!(first.at_low < tornado.base && tornado.base < first.at_high);
    assert!(tornado.swings.windows(2).all(|w| w[0].width() >= w[1].width()));
    let e = evaluate(&s).expect("valid");
    assert!(close(tornado.base, e.plan.cost.horizon_total));
    let (p10, p50, p90) = sampler.band().expect("samples").horizon();
    assert!(p10 < p50 && p50 < p90 && p90 - p10 > 0.5 * (first.at_high - first.at_low) * 0.5);
}

#[test]
fn the_tornado_can_name_a_date() {
    // A large agent team planned on AWS that waits for Frontier there, its date anywhere from
    // the plan's start to 2027-12 (2026-09 in force), every other range held at its value:
    // each month later is a month unbilled, so the date has a swing, and a later date costs less.
    let mut w = Workload::new(WorkloadId(1), WorkloadKind::FrontierAgentTeam, "Agents".into());
    w.placement = Placement::Aws;
    w.while_unavailable = WhileUnavailable::Wait;
    w.monthly_volume *= 50.0;
    let mut s = without_spread(Scenario {
        workloads: vec![w],
        start: YearMonth { year: 2026, month: 5 },
        ..Scenario::default()
    });
    s.ranges
        .insert("availability.aws.frontier".into(), (202_605.0, 202_712.0));
    let tornado = sampled(&s, 2_000).tornado();
    let first = &tornado.swings[0];
    assert_eq!(first.assumption.id, "availability.aws.frontier");
    assert!(
        first.at_high < tornado.base && tornado.base < first.at_low,
        "{first:?}"
    );
}

#[test]
fn assumptions_that_cannot_move_a_cost_do_not() {
    let s = board(&[
        (WorkloadKind::SupportChatbot, Zone::Azure),
        (WorkloadKind::FrontierAgentTeam, Zone::Both),
    ]);
    let base = evaluate(&s).expect("valid");
    // Risk points and advice weights; governance hours are a cost line (governance work).
    let cannot = |c: Category| matches!(c, Category::Risk | Category::Advice);
    for a in Assumptions::all().iter().filter(|a| cannot(a.category)) {
        for value in [a.min, a.max] {
            let mut changed = s.clone();
            changed.overrides = BTreeMap::from([(a.id.clone(), value)]);
            let Ok(e) = evaluate(&changed) else { continue };
            for (x, y) in e.strategies().iter().zip(base.strategies()) {
                assert_eq!(x.cost.horizon_total, y.cost.horizon_total, "{} = {value}", a.id);
            }
        }
    }
}

#[test]
fn the_widest_ranges_on_a_large_board_still_give_finite_bands() {
    let mut s = Scenario::default();
    for i in 0..60 {
        let id = s.add_workload(WorkloadKind::ALL[i % WorkloadKind::ALL.len()]);
        if let Some(w) = s.workload_mut(id) {
            w.placement = Placement::Both { azure_percent: 40 };
            w.monthly_volume = 1e9;
            w.data_gb = 1e6;
        }
    }
    for a in Assumptions::all().iter().filter(|a| a.category.is_sampled()) {
        if a.check_range(a.min, a.max).is_ok() {
            s.ranges.insert(a.id.clone(), (a.min, a.max));
        }
    }
    let sampler = sampled(&s, 300);
    let band = sampler.band().expect("some samples are finite");
    assert!(band.plan.p90.iter().chain(&band.plan.p10).all(|v| v.is_finite()));
    assert!(sampler.tornado().swings.iter().all(|w| w.width().is_finite()));
}

#[test]
fn a_range_edit_changes_only_that_assumptions_draws() {
    let s = board(&[(WorkloadKind::FrontierAgentTeam, Zone::Aws)]);
    let mut edited = s.clone();
    edited.ranges.insert("aws.egress.per-gb".into(), (0.01, 0.2));
    let (a, b) = (
        Sampler::new(&s, 10).expect("valid"),
        Sampler::new(&edited, 10).expect("valid"),
    );
    for (x, y) in a.inputs().iter().zip(b.inputs()) {
        assert_eq!(x.assumption.id, y.assumption.id);
        if x.assumption.id != "aws.egress.per-gb" {
            assert!((0..10).all(|i| x.draw(i) == y.draw(i)), "{}", x.assumption.id);
        }
    }
}

/// The plan's horizon cost minus `rival`'s, as the engine computes it.
fn gap_to(s: &Scenario, rival: Strategy) -> f64 {
    let e = evaluate(s).expect("valid");
    e.plan.cost.horizon_total - e.strategy(rival).cost.horizon_total
}

#[test]
fn the_answer_names_the_weak_assumptions_it_rests_on_with_the_engines_figures() {
    let mut s = board(&[
        (WorkloadKind::SupportChatbot, Zone::Azure),
        (WorkloadKind::ResearchAgent, Zone::Aws),
        (WorkloadKind::Embeddings, Zone::Azure),
    ]);
    s.ranges.insert("people.multicloud-fte-floor".into(), (0.0, 0.5));
    s.ranges.insert("agent.context-carry-share".into(), (0.0, 100.0));
    let sampler = Sampler::new(&s, 1).expect("valid");
    let answer = sampler.reliance();
    let e = evaluate(&s).expect("valid");
    let cheapest = e
        .references()
        .iter()
        .min_by(|a, b| a.cost.horizon_total.total_cmp(&b.cost.horizon_total))
        .map(|r| r.strategy)
        .expect("three references");
    assert_eq!(answer.rival, cheapest);
    assert!(close(answer.gap, gap_to(&s, cheapest)));
    assert!(!answer.weakest.is_empty() && answer.weakest.len() <= 3);
    assert!(answer.weakest.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    for w in &answer.weakest {
        assert!(cloudsplit::engine::uncertainty::reliance::is_weak(w.assumption));
        let mut signs = Vec::new();
        for (value, gap) in [(w.low, w.gap_at_low), (w.high, w.gap_at_high)] {
            let mut at = s.clone();
            at.overrides.insert(w.assumption.id.clone(), value);
            let engine = gap_to(&at, cheapest);
            assert!(close(gap, engine), "{} = {value}", w.assumption.id);
            signs.push(engine.signum());
        }
        assert_eq!(w.flips, signs.iter().any(|&s| s != answer.gap.signum()));
    }
    assert!(answer.summary(&Currency::usd()).starts_with("Your plan costs $"));
    assert_eq!(answer.items(&Currency::usd()).len(), answer.weakest.len());
    // Well-sourced assumptions are never named, however much they move the cost.
    assert!(answer
        .weakest
        .iter()
        .all(|w| w.assumption.id != "people.architect-cost-per-year"));
}

#[test]
fn the_answer_says_when_a_weak_assumption_can_flip_it() {
    // One gpt-4o chatbot on Azure: the plan is All on Azure, so it is compared with All on
    // AWS. Tokens cost 10% more on AWS (5,500 vs 6,050 a month) and Azure's tooling more
    // (482.30 vs 126.33): the plan is cheaper by about $194 a month. Log volume per 1M calls
    // is a stated rationale: at 1,000 GB it costs 1,000 x (2.30 - 0.50) = $1,800 a month more
    // on Azure, and All on AWS becomes the cheaper one.
    let mut s = board(&[(WorkloadKind::SupportChatbot, Zone::Azure)]);
    if let Some(w) = s.workloads.first_mut() {
        w.model = cloudsplit::engine::model::catalog::Model::Gpt4o;
        w.tokens_in = 1_000.0;
        w.tokens_out = 300.0;
    }
    s.ranges
        .insert("tooling.log-gb-per-million-calls".into(), (0.0, 1_000.0));
    let answer = Sampler::new(&s, 1).expect("valid").reliance();
    assert_eq!(answer.rival, Strategy::AllAws);
    assert!(answer.gap < 0.0, "{}", answer.gap);
    let logs = answer
        .weakest
        .iter()
        .find(|w| w.assumption.id == "tooling.log-gb-per-million-calls")
        .expect("named");
    assert!(logs.flips && logs.gap_at_high > 0.0);
    let mut at = s.clone();
    at.overrides
        .insert("tooling.log-gb-per-million-calls".into(), 1_000.0);
    assert!(close(logs.gap_at_high, gap_to(&at, Strategy::AllAws)));
    assert!(answer.items(&Currency::usd()).iter().any(|i| i
        .starts_with("Log volume per million model calls (0 to 1,000 GB per 1M calls")
        && i.contains("the cheaper of your plan and All on AWS changes")));
}
