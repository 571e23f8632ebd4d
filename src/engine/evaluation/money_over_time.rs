//! Money over time in words: the plan's present value beside its nominal total, and when it
//! pays back against staying as today. The headline and the decision record both read it.

use crate::analysis::payback::Payback;
use crate::assumptions::Key;
use crate::model::money::format_number;
use crate::Evaluation;

impl Evaluation {
    /// The discount rate in force, percent a year.
    pub fn discount_rate(&self) -> f64 {
        self.assumptions.get(Key::DiscountRate)
    }

    /// "At a discount rate of 8% a year, your plan's 3 years cost $1.1M in today's money ($1.2M
    /// as paid)."
    pub fn present_value_sentence(&self) -> String {
        let c = &self.currency;
        format!(
            "At a discount rate of {}% a year, your plan's {} years cost {} in today's money ({} as paid).",
            format_number(self.discount_rate()),
            self.horizon_years(),
            c.format(self.plan.cost.present_value),
            c.format(self.plan.cost.horizon_total)
        )
    }

    /// The plan against leaving every workload where it runs today.
    pub fn payback_sentence(&self) -> String {
        let c = &self.currency;
        let today = &self.against_today;
        let stay = format!(
            "staying where each workload runs today ({})",
            c.format(today.total)
        );
        match today.payback {
            Payback::SameAsToday => format!(
                "Staying where each workload runs today costs the same ({}): the plan moves nothing that \
                 changes the bill.",
                c.format(today.total)
            ),
            Payback::FromTheStart => format!(
                "Against {stay}, your plan costs less from the first month: {} less in today's money.",
                c.format(today.present_value - self.plan.cost.present_value)
            ),
            Payback::InMonth(m) => format!(
                "Against {stay}, your plan pays back in month {} ({}): what it spends first is made back by then, \
                 and it is {} {} in today's money over the plan.",
                m + 1,
                self.month(m),
                c.format((today.present_value - self.plan.cost.present_value).abs()),
                if self.plan.cost.present_value <= today.present_value { "ahead" } else { "behind" }
            ),
            Payback::NotWithinHorizon { extra } => format!(
                "Against {stay}, your plan does not pay back within the plan: it is still {} behind at the end.",
                c.format(extra)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::evaluate;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::{Location, Placement, Scenario, Zone};

    #[test]
    fn the_sentences_name_the_rate_and_the_month() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(id, Zone::Aws);
        let e = evaluate(&s).expect("valid");
        assert!(e
            .present_value_sentence()
            .starts_with("At a discount rate of 8% a year, your plan's 3 years cost $"));
        // New workloads run nowhere today: the plan is what staying costs.
        assert!(e
            .payback_sentence()
            .contains("the plan moves nothing that changes the bill"));
        if let Some(w) = s.workload_mut(id) {
            w.runs_today = Location::Azure;
            w.placement = Placement::Aws;
        }
        let e = evaluate(&s).expect("valid");
        let text = e.payback_sentence();
        assert!(
            text.starts_with("Against staying where each workload runs today ($"),
            "{text}"
        );
    }
}
