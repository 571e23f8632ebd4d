//! The flips: for each input the advice reads, the smallest change that makes the runner-up
//! win. Each is searched on its own, holding everything else where it is; the cost and
//! governance figures of the references are held too (a flip changes what the advisor reads,
//! not what the engine priced), which is exact for every input searched here except the
//! native cloud, whose effect on the governance hours is left out.

use super::board::{BoardFacts, Mix};
use super::criterion::Criterion;
use super::direction::Direction;
use super::flip::{Flip, FlipInput};
use super::scoring::{fits, option_score, option_scores, weights, winner, PerCriterion};
use super::wording::percent;
use crate::assumptions::{Assumptions, Key};
use crate::model::cloud::Cloud;
use crate::model::scenario::{Expertise, GovernanceAppetite, Importance, NativeCloud, OrgProfile};

/// At most this many flips are shown, smallest first.
const MAX_FLIPS: usize = 4;
/// Weights move in these steps within their bounds.
const WEIGHT_STEP: f64 = 0.05;
/// Shares move in whole percentage points.
const SHARE_STEPS: usize = 100;

/// The flips that make `to` win, smallest first.
pub(super) fn flips(b: &BoardFacts, to: Direction) -> Vec<Flip> {
    let b = &BoardFacts {
        reasons: false,
        ..b.clone()
    };
    let weights = weights(b.r);
    let mut found: Vec<Flip> = Vec::new();
    found.extend(weight_flips(&fits(b), &weights, to));
    found.extend(agent_share_flip(b, &weights, to));
    found.extend(data_flip(b, &weights, to));
    found.extend(answer_flips(b, &weights, to));
    found.sort_by(|a, b| a.distance.total_cmp(&b.distance));
    found.truncate(MAX_FLIPS);
    found
}

fn wins(fits: &PerCriterion, weights: &PerCriterion, to: Direction) -> bool {
    winner(option_scores(fits, weights)) == to
}

/// Each weight, moved up or down from its value in steps, until `to` wins; the nearer of the
/// two directions.
fn weight_flips(fits: &PerCriterion, weights: &PerCriterion, to: Direction) -> Vec<Flip> {
    let mut found = Vec::new();
    for c in Criterion::ALL {
        let now = weights[c.index()];
        if let Some(w) = weight_to_win(c, fits, weights, to) {
            found.push(Flip {
                to,
                input: FlipInput::Weight(c),
                // Relative to the weight in force: a quarter off a weight of 1 moves it as far
                // as one step of a three-level answer moves that answer (half its range).
                distance: ((w - now).abs() / now.max(1.0)).min(1.0),
                sentence: format!(
                    "{} would win if the weight of \u{201c}{}\u{201d} were {} instead of {}.",
                    to.label(),
                    c.label(),
                    weight_text(w),
                    weight_text(now)
                ),
                assumption: Some(Assumptions::id(c.weight_key())),
            });
        }
    }
    found
}

/// The nearest step of `c`'s weight, either way within its bounds, at which `to` wins.
fn weight_to_win(c: Criterion, fits: &PerCriterion, weights: &PerCriterion, to: Direction) -> Option<f64> {
    let (min, max) = weight_bounds();
    let steps = ((max - min) / WEIGHT_STEP).round() as usize;
    let within = |w: &f64| (min..=max).contains(w);
    let now = weights[c.index()];
    // A weight moves only its own option's score: the others are scored once.
    let d = c.direction();
    let mut scores = option_scores(fits, weights);
    let mut changed = *weights;
    let mut wins_at = |w: f64| {
        changed[c.index()] = w;
        scores[d.index()] = option_score(d, fits, &changed);
        winner(scores) == to
    };
    // The option's score is a weighted mean, so moving one weight moves it one way only. Unless
    // `to` wins with the weight in force, it wins on a side only if it wins at that side's
    // farthest step: most weights win nowhere, and this spares scoring each of their steps. A
    // weight that leaves its score where it is (its fit is the mean of the others) flips
    // nothing, even where a sum rounds a last bit past a tied rival.
    let farthest = |sign: f64| {
        (1..=steps)
            .rev()
            .map(|i| now + sign * i as f64 * WEIGHT_STEP)
            .find(within)
    };
    let can_win =
        wins_at(now) || farthest(1.0).is_some_and(&mut wins_at) || farthest(-1.0).is_some_and(&mut wins_at);
    if !can_win {
        return None;
    }
    (1..=steps)
        .flat_map(|i| [now + i as f64 * WEIGHT_STEP, now - i as f64 * WEIGHT_STEP])
        .filter(within)
        .find(|&w| wins_at(w))
}

fn weight_bounds() -> (f64, f64) {
    Assumptions::find(Assumptions::id(Key::AdviceWeightStateless)).map_or((0.0, 10.0), |a| (a.min, a.max))
}

/// A weight as people write it: 2, 2.5, 2.35.
fn weight_text(w: f64) -> String {
    let text = format!("{w:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The whole-point share (0%, 1%, … 100%) nearest to `now`, either way, at which `to` wins.
fn nearest_share(now: f64, wins_at: impl Fn(f64) -> bool) -> Option<f64> {
    let mut shares: Vec<f64> = (0..=SHARE_STEPS)
        .map(|k| k as f64 / SHARE_STEPS as f64)
        .filter(|s| (s - now).abs() > 1e-9)
        .collect();
    shares.sort_by(|a, b| (a - now).abs().total_cmp(&(b - now).abs()));
    shares.into_iter().find(|&s| wins_at(s))
}

/// Stateful agents' share of the spend, each kind keeping its own proportions.
fn agent_share_flip(b: &BoardFacts, weights: &PerCriterion, to: Direction) -> Option<Flip> {
    let now = b.mix.stateful.total;
    let with = |share: f64| -> Option<Mix> { b.mix.with_agent_share(share) };
    let share = nearest_share(now, |s| {
        with(s).is_some_and(|mix| wins(&fits(&BoardFacts { mix, ..b.clone() }), weights, to))
    })?;
    let bound = match to {
        Direction::AwsFirst => "more than",
        Direction::AzureFirst => "less than",
        Direction::MultiCloud => "about",
    };
    // The search found the first whole point that wins; "more than" the point before it.
    let shown = match to {
        Direction::AwsFirst => share - 0.01,
        Direction::AzureFirst => share + 0.01,
        Direction::MultiCloud => share,
    };
    Some(Flip {
        to,
        input: FlipInput::AgentShare,
        distance: (share - now).abs(),
        sentence: format!(
            "{} would win if stateful agents were {bound} {} of the spend (now {}).",
            to.label(),
            percent(shown.clamp(0.0, 1.0)),
            percent(now)
        ),
        assumption: None,
    })
}

/// The share of the board's data in AWS.
fn data_flip(b: &BoardFacts, weights: &PerCriterion, to: Direction) -> Option<Flip> {
    let now = (b.mix.data_in_aws + b.mix.runs_on_aws).clamp(0.0, 1.0);
    let share = nearest_share(now, |s| {
        let mix = Mix {
            data_in_aws: s,
            runs_on_aws: 0.0,
            ..b.mix
        };
        wins(&fits(&BoardFacts { mix, ..b.clone() }), weights, to)
    })?;
    let (bound, shown) = if share > now {
        ("more than", share - 0.01)
    } else {
        ("less than", share + 0.01)
    };
    Some(Flip {
        to,
        input: FlipInput::DataInAws,
        distance: (share - now).abs(),
        sentence: format!(
            "{} would win if {bound} {} of the board's data lived in AWS (now {}).",
            to.label(),
            percent(shown.clamp(0.0, 1.0)),
            percent(now)
        ),
        assumption: None,
    })
}

/// One other answer to one organisation question: the profile, how far it moves (0–1) and the
/// condition's words.
struct Answer {
    org: OrgProfile,
    distance: f64,
    words: String,
}

fn answer_flips(b: &BoardFacts, weights: &PerCriterion, to: Direction) -> Vec<Flip> {
    let org = &b.org;
    let mut answers = native_answers(org);
    answers.extend(contract_answers(b));
    answers.extend(importance_answers(org));
    answers.extend(appetite_answers(org));
    answers.extend(expertise_answers(org));
    answers
        .into_iter()
        .filter(|a| {
            wins(
                &fits(&BoardFacts {
                    org: a.org.clone(),
                    ..b.clone()
                }),
                weights,
                to,
            )
        })
        .map(|a| Flip {
            to,
            input: FlipInput::Organisation,
            distance: a.distance,
            sentence: format!("{} would win if {}.", to.label(), a.words),
            assumption: None,
        })
        .collect()
}

fn native_answers(org: &OrgProfile) -> Vec<Answer> {
    [
        (NativeCloud::Azure, "the organisation were Azure-native"),
        (NativeCloud::Aws, "the organisation were AWS-native"),
        (NativeCloud::Both, "the organisation ran on both clouds"),
        (NativeCloud::OnPremises, "the organisation ran on-premises"),
    ]
    .into_iter()
    .filter(|(n, _)| *n != org.native_cloud)
    .map(|(native_cloud, words)| Answer {
        org: OrgProfile {
            native_cloud,
            ..org.clone()
        },
        distance: 1.0,
        words: words.to_owned(),
    })
    .collect()
}

/// Commitments for the whole plan on both clouds, and each commitment dropped. A flag counts
/// half the range: two clouds, one flag each.
fn contract_answers(b: &BoardFacts) -> Vec<Answer> {
    let org = &b.org;
    let cover = |c| org.commitment_coverage(c, b.start, b.months);
    let mut answers = Vec::new();
    if cover(Cloud::Azure) < 1.0 || cover(Cloud::Aws) < 1.0 {
        let mut both = org.clone();
        both.azure_contract = true;
        both.aws_contract = true;
        both.azure_commitment.ends = None;
        both.aws_commitment.ends = None;
        let words = match (org.azure_contract, org.aws_contract) {
            (false, false) => "you had contracts on both clouds",
            (true, false) => "you also had a commitment on AWS",
            (false, true) => "you also had a commitment on Azure",
            (true, true) => "both commitments ran for the whole plan",
        };
        answers.push(Answer {
            org: both,
            distance: 0.5 * ((1.0 - cover(Cloud::Azure)) + (1.0 - cover(Cloud::Aws))),
            words: words.to_owned(),
        });
    }
    for (cloud, words) in [
        (Cloud::Azure, "you had no commitment on Azure"),
        (Cloud::Aws, "you had no commitment on AWS"),
    ] {
        if org.has_contract(cloud) {
            let mut without = org.clone();
            match cloud {
                Cloud::Azure => without.azure_contract = false,
                Cloud::Aws => without.aws_contract = false,
            }
            answers.push(Answer {
                org: without,
                distance: 0.5 * cover(cloud),
                words: words.to_owned(),
            });
        }
    }
    answers
}

fn importance_answers(org: &OrgProfile) -> Vec<Answer> {
    let steps = |a: Importance, b: Importance| (a as i32 - b as i32).abs() as f64 / 2.0;
    let mut answers = Vec::new();
    for level in Importance::ALL {
        if level != org.early_access {
            answers.push(Answer {
                org: OrgProfile {
                    early_access: level,
                    ..org.clone()
                },
                distance: steps(level, org.early_access),
                words: format!(
                    "early access to new OpenAI models mattered {} (now {})",
                    level.label().to_lowercase(),
                    org.early_access.label().to_lowercase()
                ),
            });
        }
        if level != org.cost_per_token {
            answers.push(Answer {
                org: OrgProfile {
                    cost_per_token: level,
                    ..org.clone()
                },
                distance: steps(level, org.cost_per_token),
                words: format!(
                    "cost per token mattered {} (now {})",
                    level.label().to_lowercase(),
                    org.cost_per_token.label().to_lowercase()
                ),
            });
        }
    }
    answers
}

fn appetite_answers(org: &OrgProfile) -> Vec<Answer> {
    GovernanceAppetite::ALL
        .into_iter()
        .filter(|a| *a != org.governance_appetite)
        .map(|a| Answer {
            org: OrgProfile {
                governance_appetite: a,
                ..org.clone()
            },
            distance: (a as i32 - org.governance_appetite as i32).abs() as f64 / 2.0,
            words: format!(
                "the organisation's appetite for governance work were {} (now {})",
                a.label().to_lowercase(),
                org.governance_appetite.label().to_lowercase()
            ),
        })
        .collect()
}

fn expertise_answers(org: &OrgProfile) -> Vec<Answer> {
    let now = org.expertise_level();
    [
        (Expertise::None, "there were no multi-cloud expertise yet"),
        (
            Expertise::Partial,
            "some multi-cloud expertise and tooling were in place",
        ),
        (
            Expertise::InPlace,
            "multi-cloud expertise and tooling were in place",
        ),
    ]
    .into_iter()
    .map(|(e, words)| {
        let changed = OrgProfile {
            multi_cloud_expertise: e,
            ..org.clone()
        };
        let distance = (changed.expertise_level() - now).abs();
        Answer {
            org: changed,
            distance,
            words: words.to_owned(),
        }
    })
    .filter(|a| a.distance > 0.0)
    .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Every step of every weight scored, nearest first: what `weight_to_win` finds without
    /// skipping the weights it knows cannot win.
    fn every_step(fits: &PerCriterion, weights: &PerCriterion, to: Direction) -> Vec<(Criterion, f64)> {
        let (min, max) = weight_bounds();
        let steps = ((max - min) / WEIGHT_STEP).round() as usize;
        Criterion::ALL
            .into_iter()
            .filter_map(|c| {
                let now = weights[c.index()];
                (1..=steps)
                    .flat_map(|i| [now + i as f64 * WEIGHT_STEP, now - i as f64 * WEIGHT_STEP])
                    .filter(|w| (min..=max).contains(w))
                    .find(|&w| {
                        let mut changed = *weights;
                        changed[c.index()] = w;
                        wins(fits, &changed, to)
                    })
                    .map(|w| (c, w))
            })
            .collect()
    }

    fn searched(fits: &PerCriterion, weights: &PerCriterion, to: Direction) -> Vec<(Criterion, f64)> {
        Criterion::ALL
            .into_iter()
            .filter_map(|c| weight_to_win(c, fits, weights, to).map(|w| (c, w)))
            .collect()
    }

    proptest! {
        /// Weights are often 0, so options tie at 0 and an option's weights are sometimes all
        /// 0. Fits are continuous: a flat score tied with a rival to the last bit is the case
        /// below.
        #[test]
        fn skipping_weights_that_cannot_win_finds_the_same_flips(
            fits in prop::array::uniform12(0.0..=1.0_f64),
            weights in prop::array::uniform12(prop::sample::select(vec![0.0, 0.0, 0.5, 1.0, 2.0, 5.0])),
            to in prop::sample::select(Direction::ALL.to_vec()),
        ) {
            prop_assert_eq!(searched(&fits, &weights, to), every_step(&fits, &weights, to));
        }
    }

    #[test]
    fn a_weight_that_does_not_move_its_score_flips_nothing() {
        // Multi-cloud scores (1 x 1 + 2 x 0.25) / 3 = 50, tied with AWS-first's 0.5 x 0.5 /
        // 0.5 = 50, which wins the tie. "Contracts on both" fits 0.5, the option's mean, so its
        // weight leaves the score at 50 whatever it is: no weight of it makes multi-cloud win,
        // though scoring each step finds one where the sum rounds a last bit above 50.
        let (mut fits, mut weights) = ([0.0; Criterion::ALL.len()], [0.0; Criterion::ALL.len()]);
        for (c, fit, weight) in [
            (Criterion::AwsInvestment, 0.5, 0.5),
            (Criterion::GovernanceAcceptable, 1.0, 1.0),
            (Criterion::ContractsOnBoth, 0.5, 0.0),
            (Criterion::MultiCloudExpertise, 0.25, 2.0),
        ] {
            fits[c.index()] = fit;
            weights[c.index()] = weight;
        }
        let to = Direction::MultiCloud;
        assert_eq!(option_scores(&fits, &weights), [0.0, 50.0, 50.0]);
        assert_eq!(
            weight_to_win(Criterion::ContractsOnBoth, &fits, &weights, to),
            None
        );
    }

    #[test]
    fn an_option_with_no_weight_can_still_be_flipped_to() {
        // Every weight of the option moved is 0: its score is 0 until one weight is raised.
        let mut weights = [1.0; Criterion::ALL.len()];
        let mut fits = [0.5; Criterion::ALL.len()];
        let d = Criterion::ALL[0].direction();
        for c in Criterion::ALL.into_iter().filter(|c| c.direction() == d) {
            weights[c.index()] = 0.0;
            fits[c.index()] = 1.0;
        }
        let found = searched(&fits, &weights, d);
        assert!(!found.is_empty());
        assert_eq!(found, every_step(&fits, &weights, d));
    }

    #[test]
    fn weights_read_as_people_write_them() {
        assert_eq!(weight_text(2.0), "2");
        assert_eq!(weight_text(2.5), "2.5");
        assert_eq!(weight_text(2.35), "2.35");
    }

    #[test]
    fn the_nearest_share_looks_both_ways() {
        let found = nearest_share(0.5, |s| s >= 0.695).unwrap_or(0.0);
        assert!((found - 0.7).abs() < 1e-9, "{found}");
        let found = nearest_share(0.5, |s| s <= 0.405).unwrap_or(1.0);
        assert!((found - 0.4).abs() < 1e-9, "{found}");
        // The ends are reached exactly.
        assert_eq!(nearest_share(0.922, |s| s >= 1.0), Some(1.0));
        assert_eq!(nearest_share(0.5, |_| false), None);
    }
}
