//! The record as Markdown, one function per section, with the charts' figures as tables.

use super::escape::{cell, code, inline, text};
use super::markdown_writer::Markdown;
use super::record::{
    AdviceRecord, AssumptionRow, ComponentRow, DecisionRecord, GovernanceRow, HeadlineRow, PlacementRow,
    RiskRow, YearRow,
};
use crate::model::currency::Currency;
use crate::model::money::format_number;
use crate::model::text::lowercase_first;
use crate::CostCloud;

/// A label column, then four figure columns (one per strategy, or three clouds and the total).
const LABEL_THEN_FOUR_FIGURES: [bool; 5] = [false, true, true, true, true];

impl DecisionRecord {
    /// The record as Markdown, with the charts' figures as tables.
    pub fn to_markdown(&self) -> String {
        let mut md = Markdown::default();
        title(&mut md, self);
        placements(&mut md, &self.placements, &self.currency);
        headline(
            &mut md,
            self.years,
            &self.headline,
            self.versus_best.as_deref(),
            self.money_over_time.as_deref(),
            &self.currency,
        );
        advice(&mut md, self.advice.as_ref());
        rests_on(&mut md, self.rests_on.as_ref());
        md.heading("Figures behind the charts");
        tco_by_year(&mut md, &self.tco_by_year, &self.currency);
        cost_by_component(&mut md, &self.cost_by_component, &self.currency);
        governance(&mut md, &self.governance);
        risks(&mut md, &self.risks);
        changed_assumptions(&mut md, &self.assumptions);
        md.blank();
        md.line(&format!("Recorded on {}.", text(&self.date)));
        md.finish()
    }
}

/// The title, the date and horizon, and a confidentiality note when a price book is in force.
fn title(md: &mut Markdown, record: &DecisionRecord) {
    md.line(&format!("# Decision record: {}", text(&record.title)));
    md.blank();
    md.line(&format!(
        "Recorded on {} · plan from {} over {} {} · made with cloudsplit",
        text(&record.date),
        record.start,
        record.years,
        if record.years == 1 { "year" } else { "years" }
    ));
    md.blank();
    md.line(&text(&currency_note(&record.currency)));
    if let Some(b) = &record.price_book {
        md.blank();
        md.line(&format!(
            "Prices include a {}. Its values are confidential negotiated prices: share this record \
             accordingly.",
            text(&lowercase_first(b))
        ));
    }
}

impl DecisionRecord {
    /// Which currency the record's amounts are in, and at what rate.
    pub fn currency_note(&self) -> String {
        currency_note(&self.currency)
    }
}

/// Which currency the amounts are in, and at what rate: prices are US dollar list prices.
fn currency_note(c: &Currency) -> String {
    if c.is_usd() {
        "Amounts in US dollars (USD), the currency of the list prices.".to_owned()
    } else {
        format!(
            "Amounts in {} ({}), converted from US dollar list prices at {} ({}).",
            c.code,
            c.symbol,
            c.rate_text(),
            c.source
        )
    }
}

fn placements(md: &mut Markdown, rows: &[PlacementRow], currency: &Currency) {
    md.heading("Placements");
    if rows.is_empty() {
        md.line("No workloads on the board.");
        return;
    }
    md.table(
        &[
            "Workload",
            "Kind",
            "Cloud",
            "Share",
            "Over time and capacity",
            "Horizon cost",
        ],
        &[false, false, false, false, false, true],
        rows.iter().map(|p| {
            vec![
                cell(&p.name),
                cell(&format!("{} ({})", p.kind, p.family)),
                cell(p.cloud),
                cell(p.share.as_deref().unwrap_or("—")),
                cell(p.over_time.as_deref().unwrap_or("—")),
                currency.format(p.horizon_cost),
            ]
        }),
    );
}

fn headline(
    md: &mut Markdown,
    years: usize,
    rows: &[HeadlineRow],
    versus_best: Option<&str>,
    money_over_time: Option<&str>,
    currency: &Currency,
) {
    md.heading("Headline figures");
    md.table(
        &[
            "Strategy",
            &format!("{years}-year TCO"),
            "In today's money",
            "Run rate a month",
            "Governance h/month",
            "Risk",
        ],
        &[false, true, true, true, true, false],
        rows.iter().map(|h| {
            vec![
                cell(&strategy_with_marks(h)),
                currency.format(h.tco),
                currency.format(h.present_value),
                currency.format(h.run_rate),
                format_number(h.governance_hours.round()),
                cell(h.risk),
            ]
        }),
    );
    if let Some(v) = versus_best {
        md.blank();
        md.line(&text(v));
    }
    if let Some(m) = money_over_time {
        md.blank();
        md.line(&text(m));
    }
}

/// "Plan (cheapest reference, advised)", or the bare strategy when neither applies.
fn strategy_with_marks(h: &HeadlineRow) -> String {
    let mut marks = Vec::new();
    if h.cheapest_reference {
        marks.push("cheapest reference");
    }
    if h.advised {
        marks.push("advised");
    }
    if marks.is_empty() {
        h.strategy.to_owned()
    } else {
        format!("{} ({})", h.strategy, marks.join(", "))
    }
}

fn advice(md: &mut Markdown, advice: Option<&AdviceRecord>) {
    md.heading("Advice and red flags");
    let Some(a) = advice else {
        md.line("No advice: the board is empty.");
        return;
    };
    md.line(&format!("**{}**{}", text(a.verdict), inline(&a.summary)));
    if !a.reasons.is_empty() {
        md.blank();
        md.line("Why:");
        md.blank();
        for r in &a.reasons {
            md.line(&format!("- {}", text(r)));
        }
    }
    md.blank();
    md.line("What would change it:");
    md.blank();
    for f in &a.flips {
        md.line(&format!("- {}", text(f)));
    }
    md.blank();
    if a.red_flags.is_empty() {
        md.line("Red flags: none.");
    } else {
        md.line("Red flags:");
        md.blank();
        for (kind, message) in &a.red_flags {
            md.line(&format!("- **{}**: {}", text(kind), text(message)));
        }
    }
    if let Some(s) = &a.against_advice {
        md.blank();
        md.line(&format!("The plan against the advice: {}", text(s)));
    }
}

fn rests_on(md: &mut Markdown, rests_on: Option<&(String, Vec<String>)>) {
    let Some((summary, items)) = rests_on else {
        return;
    };
    md.heading("What this answer rests on");
    md.line(&text(summary));
    if !items.is_empty() {
        md.blank();
        for item in items {
            md.line(&format!("- {}", text(item)));
        }
    }
}

fn tco_by_year(md: &mut Markdown, rows: &[YearRow], currency: &Currency) {
    md.subheading("TCO over time (cumulative, at the end of each year)");
    let mut head = vec!["Year"];
    head.extend(DecisionRecord::strategy_labels());
    md.table(
        &head,
        &LABEL_THEN_FOUR_FIGURES,
        rows.iter().map(|y| {
            let mut row = vec![cell(&y.label)];
            row.extend(y.cumulative.iter().map(|v| currency.format(*v)));
            row
        }),
    );
}

fn cost_by_component(md: &mut Markdown, rows: &[ComponentRow], currency: &Currency) {
    md.subheading("Where the plan's money goes (over the horizon)");
    if rows.is_empty() {
        md.line("No cost yet: nothing is placed.");
        return;
    }
    let mut head = vec!["Component"];
    head.extend(CostCloud::ALL.map(CostCloud::label));
    head.push("Total");
    md.table(
        &head,
        &LABEL_THEN_FOUR_FIGURES,
        rows.iter().map(|c| {
            let mut row = vec![cell(c.component)];
            row.extend(c.by_cloud.iter().map(|v| currency.format(*v)));
            row.push(currency.format(c.total));
            row
        }),
    );
}

fn governance(md: &mut Markdown, rows: &[GovernanceRow]) {
    md.subheading("Governance burden (hours a month)");
    let mut head = vec!["Dimension"];
    head.extend(DecisionRecord::strategy_labels());
    md.table(
        &head,
        &LABEL_THEN_FOUR_FIGURES,
        rows.iter().map(|g| {
            let mut row = vec![cell(g.dimension)];
            row.extend(g.hours.iter().map(|h| format_number(h.round())));
            row
        }),
    );
}

fn risks(md: &mut Markdown, rows: &[RiskRow]) {
    md.subheading("Top risks of the plan");
    if rows.is_empty() {
        md.line("No risks yet: nothing is placed.");
        return;
    }
    md.table(
        &["Risk", "Level", "Likelihood", "Impact", "Driven by", "When"],
        &[false, false, true, true, false, false],
        rows.iter().map(|r| {
            vec![
                cell(&r.title),
                cell(r.level),
                r.likelihood.to_string(),
                r.impact.to_string(),
                cell(&r.driver),
                cell(&r.when),
            ]
        }),
    );
}

fn changed_assumptions(md: &mut Markdown, rows: &[AssumptionRow]) {
    md.heading("Assumptions changed from the defaults");
    if rows.is_empty() {
        md.line("None: every assumption is at its shipped, sourced default.");
        return;
    }
    md.table(
        &[
            "Assumption",
            "Value",
            "Default",
            "Source of the default",
            "Set by",
        ],
        &[false, true, true, false, false],
        rows.iter().map(|a| {
            vec![
                format!("{} (`{}`)", cell(&a.label), code(&a.id)),
                cell(&a.value),
                cell(&a.default),
                cell(&a.default_source),
                cell(&a.set_by),
            ]
        }),
    );
}
