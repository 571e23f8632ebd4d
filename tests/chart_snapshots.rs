//! Snapshots of every chart's SVG for one fixed scenario: any change to how a chart looks
//! shows up as a reviewable diff. Natively plotters estimates text sizes, so this is stable.

use cloudsplit::charts::{
    cost_breakdown, governance, risk_matrix, risk_over_time, tco_over_time, timeline, tornado, Look,
};
use cloudsplit::engine::analysis::timeline::Track;
use cloudsplit::engine::io::presets;
use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{Location, Placement, Scenario, WorkloadId, Zone};
use cloudsplit::engine::model::schedule::{Move, MoveAt};
use cloudsplit::engine::uncertainty::Sampler;
use cloudsplit::engine::{evaluate, Evaluation};

fn fixed() -> (Scenario, Evaluation) {
    let mut s = Scenario::default();
    let place = |s: &mut Scenario, kind, zone| {
        let id = s.add_workload(kind);
        s.move_to(id, zone);
        id
    };
    place(&mut s, WorkloadKind::SupportChatbot, Zone::Azure);
    place(&mut s, WorkloadKind::Embeddings, Zone::Azure);
    let agents = place(&mut s, WorkloadKind::FrontierAgentTeam, Zone::Aws);
    if let Some(w) = s.workload_mut(agents) {
        w.name = "<script>alert(1)</script>".to_owned();
        w.runs_today = Location::Azure;
        w.data_location = Location::Azure;
    }
    place(&mut s, WorkloadKind::ProcessAutomation, Zone::Both);
    let e = evaluate(&s).expect("the fixed scenario is valid");
    (s, e)
}

#[test]
fn tco_over_time_svg() {
    let (s, e) = fixed();
    insta::assert_snapshot!(
        tco_over_time::svg(&tco_over_time::data(&e, name_in(&s)), &Look::SCREEN).expect("draws")
    );
}

fn sampled(s: &Scenario) -> Sampler {
    let mut sampler = Sampler::new(s, 2_000).expect("the fixed scenario is valid");
    sampler.run(2_000);
    sampler
}

#[test]
fn tco_over_time_with_band_svg() {
    let (s, e) = fixed();
    let band = sampled(&s).band();
    let d = tco_over_time::with_band(tco_over_time::data(&e, name_in(&s)), band.as_ref());
    assert!(d.band.is_some());
    insta::assert_snapshot!(tco_over_time::svg(&d, &Look::SCREEN).expect("draws"));
}

#[test]
fn tornado_svg() {
    let (s, e) = fixed();
    let d = tornado::data(&sampled(&s).tornado(), e.horizon_months / 12, &e.currency);
    insta::assert_snapshot!(tornado::top_three(&d));
    insta::assert_snapshot!(tornado::svg(&d, &Look::SCREEN).expect("draws"));
}

#[test]
fn where_the_money_goes_svg() {
    let (_, e) = fixed();
    insta::assert_snapshot!(cost_breakdown::svg(&cost_breakdown::data(&e), &Look::SCREEN).expect("draws"));
}

#[test]
fn governance_svg() {
    let (_, e) = fixed();
    insta::assert_snapshot!(governance::svg(&governance::data(&e), &Look::SCREEN).expect("draws"));
}

#[test]
fn risk_matrix_svg_escapes_names() {
    let (s, e) = fixed();
    let d = risk_matrix::data(&e, |id| {
        s.workload(id).map(|w| w.name.clone()).unwrap_or_default()
    });
    let svg = risk_matrix::svg(&d, &Look::SCREEN).expect("draws");
    assert!(!svg.contains("<script>"), "a workload name is text, never markup");
    assert!(svg.contains("&lt;script&gt;"));
    insta::assert_snapshot!(svg);
}

#[test]
fn timeline_svg() {
    let (s, e) = fixed();
    insta::assert_snapshot!(timeline::svg(&timeline::data(&e, name_in(&s)), &Look::SCREEN).expect("draws"));
}

fn name_in(s: &Scenario) -> impl Fn(WorkloadId) -> String + '_ {
    |id| s.workload(id).map(|w| w.name.clone()).unwrap_or_default()
}

/// The shipped phased preset: agents wait on Azure for Frontier on AWS (month 3), run on both
/// for two months, then settle on AWS; the writer splits onto both clouds in month 18.
fn phased() -> (Scenario, Evaluation) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/presets/phased-move-to-frontier.cloudsplit.json");
    let text = std::fs::read_to_string(path).expect("the preset ships");
    let s = presets::open(&text).expect("the preset opens");
    let e = evaluate(&s).expect("the preset is valid");
    (s, e)
}

#[test]
fn tco_over_time_marks_the_waves_of_a_phased_plan() {
    let (s, e) = phased();
    let d = tco_over_time::data(&e, name_in(&s));
    let months: Vec<usize> = d.waves.iter().map(|w| w.month).collect();
    assert_eq!(
        months,
        [3, 5, 18],
        "Frontier's arrival, the end of both running, the writer's split"
    );
    let text = tco_over_time::describe(&d);
    assert!(
        text.contains(
            "Moves: 2026-09 (1 workload): Returns-handling agent team starts moving to AWS, both clouds \
             running until 2026-11."
        ),
        "{text}"
    );
    assert!(
        text.contains("2026-11 (1 workload): Returns-handling agent team settles on AWS."),
        "{text}"
    );
    let svg = tco_over_time::svg(&d, &Look::SCREEN).expect("draws");
    assert!(!svg.contains("style=\""));
    insta::assert_snapshot!(svg);
}

#[test]
fn timeline_puts_the_moves_beside_the_dates_they_wait_for() {
    let (s, e) = phased();
    let d = timeline::data(&e, name_in(&s));
    let september: Vec<(Track, &str)> = d
        .events
        .iter()
        .filter(|ev| ev.date.to_string() == "2026-09")
        .map(|ev| (ev.track, ev.label.as_str()))
        .collect();
    assert_eq!(
        september.last().map(|(t, _)| *t),
        Some(Track::Moves),
        "{september:?}"
    );
    assert!(
        september
            .iter()
            .any(|(_, l)| l.starts_with("Returns-handling agent team starts moving to AWS")),
        "{september:?}"
    );
    assert!(
        september.iter().any(|(t, _)| *t == Track::AwsAvailability),
        "{september:?}"
    );
    assert!(timeline::describe(&d).contains("2026-11 Returns-handling agent team settles on AWS"));
    insta::assert_snapshot!(timeline::svg(&d, &Look::SCREEN).expect("draws"));
}

#[test]
fn risk_over_time_svg() {
    let (mut s, _) = fixed();
    // The chatbot moves to AWS a year in: its migration risk sits in 2028-01.
    s.workloads[0].runs_today = Location::Azure;
    s.workloads[0].moves = vec![Move::new(MoveAt::Month(12), Placement::Aws)];
    let e = evaluate(&s).expect("the fixed scenario with a move is valid");
    let d = risk_over_time::data(&e);
    assert!(d.moves.contains(&12), "{:?}", d.moves);
    insta::assert_snapshot!(risk_over_time::describe(&d));
    insta::assert_snapshot!(risk_over_time::svg(&d, &Look::SCREEN).expect("draws"));
}
