//! The currency is how amounts are shown, never what the engine computes: for any board and any
//! valid rate, the evaluation's figures are the same dollars, every shown amount is the dollar
//! amount times the rate, and switching back to US dollars shows exactly what it showed before.

mod common;

use proptest::prelude::*;

use cloudsplit::engine::evaluate;
use cloudsplit::engine::model::currency::{Currency, MAX_PER_USD, MIN_PER_USD};
use cloudsplit::engine::model::money::format_usd;
use cloudsplit::engine::model::scenario::YearMonth;

const OCTOBER: YearMonth = YearMonth {
    year: 2026,
    month: 10,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_currency_switch_changes_every_amount_by_the_rate_and_back_exactly(
        s in common::scenario(),
        rate in 0.01f64..1_000.0,
    ) {
        let Ok(dollars) = evaluate(&s) else { return Ok(()); };
        let mut shown = s.clone();
        shown.currency = Currency::eur().with_rate(rate, OCTOBER).expect("a valid rate");
        let euros = evaluate(&shown).expect("the same board evaluates in any currency");
        // The engine's figures do not move: only the currency they are shown in (the advice's
        // sentences name amounts, so they are compared through the figures they state).
        prop_assert_eq!(&euros.currency, &shown.currency);
        prop_assert_eq!(euros.advice.recommended, dollars.advice.recommended);
        let eur = Currency::eur().with_rate(rate, OCTOBER).expect("valid");
        for (d, e) in dollars.strategies().into_iter().zip(euros.strategies()) {
            prop_assert!(d == e, "{:?} differs in another currency", d.strategy);
            let total = d.cost.horizon_total;
            prop_assert_eq!(euros.money(total), eur.format(total));
        }
        // And back: the headline sentence in dollars is what it was.
        let mut back = shown.clone();
        back.currency = Currency::usd();
        let again = evaluate(&back).expect("evaluates");
        prop_assert_eq!(again.versus_cheapest("Your plan"), dollars.versus_cheapest("Your plan"));
        prop_assert_eq!(again.money(dollars.plan.cost.horizon_total), format_usd(dollars.plan.cost.horizon_total));
    }

    #[test]
    fn a_converted_amount_is_the_dollars_times_the_rate(
        usd in -1e12f64..1e12,
        rate in MIN_PER_USD..MAX_PER_USD,
    ) {
        let c = Currency::gbp().with_rate(rate, OCTOBER).expect("valid");
        prop_assert_eq!(c.from_usd(usd), usd * rate);
        prop_assert!(c.format(usd).contains('£'));
        prop_assert_eq!(c.format(usd).starts_with('-'), usd * rate < 0.0);
    }
}

/// Hand-computed: $10,000 at 0.92 euros per dollar is €9,200; back in dollars, $10,000.
#[test]
fn ten_thousand_dollars_in_euros_and_back() {
    let eur = Currency::eur().with_rate(0.92, OCTOBER).expect("valid");
    assert_eq!(eur.format(10_000.0), "€9,200");
    assert_eq!(Currency::usd().format(10_000.0), "$10,000");
}

#[test]
fn a_rate_that_cannot_be_used_is_refused_by_the_engine_in_plain_words() {
    let mut s = cloudsplit::engine::model::scenario::Scenario::default();
    s.currency.code = "EUR".to_owned();
    s.currency.symbol = "€".to_owned();
    s.currency.per_usd = 0.0;
    let message = evaluate(&s)
        .map(|_| ())
        .expect_err("a rate of 0 is refused")
        .to_string();
    assert!(message.contains("exchange rate must be more than 0"), "{message}");
}
