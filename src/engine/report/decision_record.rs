//! The decision record: seed 000 ends with "document your decision". One record holds what a
//! workshop decided and why: the placements, the headline figures against the references,
//! the figures behind the charts, the advice and red flags, and every assumption that
//! differs from the shipped defaults, with the date the caller gives (the engine has no
//! clock). The app lays it out as a printable page; [`DecisionRecord::to_markdown`] makes
//! the Markdown download.
//!
//! Everything a user typed (scenario and workload names) and every sentence that quotes
//! it is escaped for Markdown: it cannot open HTML, break a table row or start a heading.

use crate::engine::analysis::governance::Dimension;
use crate::engine::assumptions::ResolvedAssumption;
use crate::engine::io::price_book::PriceBook;
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::model::scenario::{Placement, Scenario, YearMonth};
use crate::engine::model::text::lowercase_first;
use crate::engine::{Component, CostCloud, Evaluation, Strategy};

/// Risks listed in the record.
const MAX_RISKS: usize = 10;

#[derive(Debug, Clone, PartialEq)]
pub struct DecisionRecord {
    pub title: String,
    /// The day the record was made, `YYYY-MM-DD`.
    pub date: String,
    pub start: YearMonth,
    pub years: usize,
    pub placements: Vec<PlacementRow>,
    /// The plan first, then the three references.
    pub headline: Vec<HeadlineRow>,
    /// The plan against the cheapest reference, in a sentence.
    pub versus_best: Option<String>,
    pub advice: Option<AdviceRecord>,
    pub tco_by_year: Vec<YearRow>,
    pub cost_by_component: Vec<ComponentRow>,
    /// Hours a month per dimension, then the total; columns as `headline`.
    pub governance: Vec<GovernanceRow>,
    pub risks: Vec<RiskRow>,
    /// Assumptions that differ from the shipped defaults.
    pub assumptions: Vec<AssumptionRow>,
    /// The price book's source label, when one is in force.
    pub price_book: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlacementRow {
    pub name: String,
    pub kind: &'static str,
    pub family: &'static str,
    pub cloud: &'static str,
    /// For Both: "80% Azure / 20% AWS".
    pub share: Option<String>,
    /// The workload's cost in the plan over the horizon (0 while unplaced).
    pub horizon_cost: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineRow {
    pub strategy: &'static str,
    pub tco: f64,
    pub run_rate: f64,
    pub governance_hours: f64,
    pub risk: &'static str,
    pub cheapest_reference: bool,
    pub advised: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AdviceRecord {
    pub verdict: &'static str,
    /// The advice's summary after the verdict: " (score 77 of 100): …".
    pub summary: String,
    pub reasons: Vec<String>,
    pub red_flags: Vec<(&'static str, String)>,
    pub against_advice: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    /// "Year 1 (to 2027-12)".
    pub label: String,
    /// Cumulative cost at the year's end, per strategy in `headline` order.
    pub cumulative: [f64; 4],
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComponentRow {
    pub component: &'static str,
    pub by_cloud: [f64; 3],
    pub total: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GovernanceRow {
    pub dimension: &'static str,
    pub hours: [f64; 4],
}

#[derive(Debug, Clone, PartialEq)]
pub struct RiskRow {
    pub title: String,
    pub level: &'static str,
    pub likelihood: u8,
    pub impact: u8,
    pub driver: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssumptionRow {
    pub label: String,
    pub id: String,
    /// The value in force, with its unit.
    pub value: String,
    pub default: String,
    /// Where the default comes from, and its date.
    pub default_source: String,
    /// "This scenario", or the price book's label.
    pub set_by: String,
}

fn placement_words(p: Placement) -> (&'static str, Option<String>) {
    match p {
        Placement::Both { azure_percent } => {
            let a = azure_percent.min(100);
            ("Both", Some(format!("{a}% Azure / {}% AWS", 100 - a)))
        }
        other => (other.zone().label(), None),
    }
}

fn assumption_row(e: &ResolvedAssumption, book: Option<&PriceBook>) -> AssumptionRow {
    let a = e.assumption;
    let shown = |v: f64| format!("{} {}", a.display_value(v), a.unit);
    let set_by = match (e.overridden, e.from_price_book, book) {
        (true, true, _) => format!("This scenario (the price book says {})", shown(e.base)),
        (true, false, _) => "This scenario".to_owned(),
        (false, _, Some(b)) => b.source_label(),
        (false, _, None) => "Private price book".to_owned(),
    };
    AssumptionRow {
        label: a.label.clone(),
        id: a.id.clone(),
        value: shown(e.value),
        default: shown(a.default),
        default_source: format!("{} ({})", a.source, a.source_date),
        set_by,
    }
}

impl DecisionRecord {
    /// Gathers the record for the board as evaluated (with the price book it was
    /// evaluated with, if any), dated `date`.
    pub fn build(
        scenario: &Scenario,
        e: &Evaluation,
        book: Option<&PriceBook>,
        date: &str,
    ) -> DecisionRecord {
        let name_of = |id| scenario.workload(id).map(|w| w.name.clone()).unwrap_or_default();
        let placements = scenario
            .workloads
            .iter()
            .map(|w| {
                let (cloud, share) = placement_words(w.placement);
                PlacementRow {
                    name: w.name.clone(),
                    kind: w.kind.label(),
                    family: w.kind.family().label(),
                    cloud,
                    share,
                    horizon_cost: e.plan.cost.workload(w.id).map_or(0.0, |c| c.total),
                }
            })
            .collect();
        let best = e.cheapest_reference().strategy;
        let advised = e.advice.advised_strategy;
        let headline = e
            .strategies()
            .into_iter()
            .map(|s| HeadlineRow {
                strategy: s.strategy.label(),
                tco: s.cost.horizon_total,
                run_rate: s.cost.run_rate,
                governance_hours: s.governance.hours_per_month,
                risk: s.risk.level.label(),
                cheapest_reference: s.strategy == best,
                advised: Some(s.strategy) == advised,
            })
            .collect();
        let placed = scenario
            .workloads
            .iter()
            .any(|w| w.placement != Placement::Unplaced);
        let versus_best = placed.then(|| e.versus_cheapest("The plan"));
        let advice = e.advice.recommended.map(|d| AdviceRecord {
            verdict: d.label(),
            summary: e
                .advice
                .summary
                .strip_prefix(d.label())
                .map_or_else(|| format!(": {}", e.advice.summary), str::to_owned),
            reasons: e.advice.reasons.clone(),
            red_flags: e
                .advice
                .red_flags
                .iter()
                .map(|f| (f.kind.label(), f.message.clone()))
                .collect(),
            against_advice: e.advice.comparison.as_ref().map(|c| c.summary.clone()),
        });
        let months = e.horizon_months;
        let tco_by_year = (1..=e.horizon_years())
            .map(|y| {
                let i = y * 12 - 1;
                YearRow {
                    label: format!("Year {y} (to {})", e.month(i)),
                    cumulative: e
                        .strategies()
                        .map(|s| s.cost.cumulative.get(i).copied().unwrap_or(0.0)),
                }
            })
            .collect();
        let cost_by_component = Component::ALL
            .into_iter()
            .map(|c| {
                let by_cloud =
                    CostCloud::ALL.map(|cloud| e.plan.cost.cell(c, cloud).map_or(0.0, |x| x.total));
                ComponentRow {
                    component: c.label(),
                    by_cloud,
                    total: by_cloud.iter().sum(),
                }
            })
            .filter(|r| r.total > 0.0)
            .collect();
        let mut governance: Vec<GovernanceRow> = Dimension::ALL
            .into_iter()
            .map(|d| GovernanceRow {
                dimension: d.label(),
                hours: e.strategies().map(|s| s.governance.dimension(d).hours_per_month),
            })
            .collect();
        governance.push(GovernanceRow {
            dimension: "Total",
            hours: e.strategies().map(|s| s.governance.hours_per_month),
        });
        let risks = e
            .plan
            .risk
            .top(MAX_RISKS)
            .map(|r| RiskRow {
                title: match r.workload {
                    Some(id) => name_of(id),
                    None => r.driver().map_or("Scenario", |f| f.kind.label()).to_owned(),
                },
                level: r.level.label(),
                likelihood: r.likelihood,
                impact: r.impact,
                driver: r.driver().map(|f| f.reason()).unwrap_or_default(),
            })
            .collect();
        let assumptions = e
            .assumptions
            .entries()
            .filter(|a| a.overridden || a.from_price_book)
            .map(|a| assumption_row(&a, book))
            .collect();
        DecisionRecord {
            title: scenario.name.clone(),
            date: date.to_owned(),
            start: e.start,
            years: months / 12,
            placements,
            headline,
            versus_best,
            advice,
            tco_by_year,
            cost_by_component,
            governance,
            risks,
            assumptions,
            price_book: book
                .filter(|_| e.assumptions.price_book_count() > 0)
                .map(PriceBook::source_label),
        }
    }

    /// The column titles of `headline`, `tco_by_year` and `governance`.
    pub fn strategy_labels() -> [&'static str; 4] {
        Strategy::ALL.map(Strategy::label)
    }

    /// The record as Markdown, with the charts' figures as tables.
    pub fn to_markdown(&self) -> String {
        let mut md = Markdown::default();
        md.line(&format!("# Decision record: {}", text(&self.title)));
        md.blank();
        md.line(&format!(
            "Recorded on {} · plan from {} over {} {} · made with cloudsplit",
            text(&self.date),
            self.start,
            self.years,
            if self.years == 1 { "year" } else { "years" }
        ));
        if let Some(b) = &self.price_book {
            md.blank();
            md.line(&format!(
                "Prices include a {}. Its values are confidential negotiated prices: share this record \
                 accordingly.",
                text(&lowercase_first(b))
            ));
        }

        md.heading("Placements");
        if self.placements.is_empty() {
            md.line("No workloads on the board.");
        } else {
            md.table(
                &["Workload", "Kind", "Cloud", "Share", "Horizon cost"],
                &[false, false, false, false, true],
                self.placements.iter().map(|p| {
                    vec![
                        cell(&p.name),
                        cell(&format!("{} ({})", p.kind, p.family)),
                        cell(p.cloud),
                        cell(p.share.as_deref().unwrap_or("—")),
                        format_usd(p.horizon_cost),
                    ]
                }),
            );
        }

        md.heading("Headline figures");
        md.table(
            &[
                "Strategy",
                &format!("{}-year TCO", self.years),
                "Run rate a month",
                "Governance h/month",
                "Risk",
            ],
            &[false, true, true, true, false],
            self.headline.iter().map(|h| {
                let mut marks = Vec::new();
                if h.cheapest_reference {
                    marks.push("cheapest reference");
                }
                if h.advised {
                    marks.push("advised");
                }
                let name = if marks.is_empty() {
                    h.strategy.to_owned()
                } else {
                    format!("{} ({})", h.strategy, marks.join(", "))
                };
                vec![
                    cell(&name),
                    format_usd(h.tco),
                    format_usd(h.run_rate),
                    format_number(h.governance_hours.round()),
                    cell(h.risk),
                ]
            }),
        );
        if let Some(v) = &self.versus_best {
            md.blank();
            md.line(&text(v));
        }

        md.heading("Advice and red flags");
        match &self.advice {
            None => md.line("No advice: the board is empty."),
            Some(a) => {
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
        }

        md.heading("Figures behind the charts");
        let labels = Self::strategy_labels();
        md.subheading("TCO over time (cumulative, at the end of each year)");
        let mut head = vec!["Year"];
        head.extend(labels);
        md.table(
            &head,
            &[false, true, true, true, true],
            self.tco_by_year.iter().map(|y| {
                let mut row = vec![cell(&y.label)];
                row.extend(y.cumulative.iter().map(|v| format_usd(*v)));
                row
            }),
        );
        md.subheading("Where the plan's money goes (over the horizon)");
        if self.cost_by_component.is_empty() {
            md.line("No cost yet: nothing is placed.");
        } else {
            let mut head = vec!["Component"];
            head.extend(CostCloud::ALL.map(CostCloud::label));
            head.push("Total");
            md.table(
                &head,
                &[false, true, true, true, true],
                self.cost_by_component.iter().map(|c| {
                    let mut row = vec![cell(c.component)];
                    row.extend(c.by_cloud.iter().map(|v| format_usd(*v)));
                    row.push(format_usd(c.total));
                    row
                }),
            );
        }
        md.subheading("Governance burden (hours a month)");
        let mut head = vec!["Dimension"];
        head.extend(labels);
        md.table(
            &head,
            &[false, true, true, true, true],
            self.governance.iter().map(|g| {
                let mut row = vec![cell(g.dimension)];
                row.extend(g.hours.iter().map(|h| format_number(h.round())));
                row
            }),
        );
        md.subheading("Top risks of the plan");
        if self.risks.is_empty() {
            md.line("No risks yet: nothing is placed.");
        } else {
            md.table(
                &["Risk", "Level", "Likelihood", "Impact", "Driven by"],
                &[false, false, true, true, false],
                self.risks.iter().map(|r| {
                    vec![
                        cell(&r.title),
                        cell(r.level),
                        r.likelihood.to_string(),
                        r.impact.to_string(),
                        cell(&r.driver),
                    ]
                }),
            );
        }

        md.heading("Assumptions changed from the defaults");
        if self.assumptions.is_empty() {
            md.line("None: every assumption is at its shipped, sourced default.");
        } else {
            md.table(
                &[
                    "Assumption",
                    "Value",
                    "Default",
                    "Source of the default",
                    "Set by",
                ],
                &[false, true, true, false, false],
                self.assumptions.iter().map(|a| {
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
        md.blank();
        md.line(&format!("Recorded on {}.", text(&self.date)));
        md.finish()
    }

    /// A download name: `<scenario> decision record 2026-10-07.md`, safe on every file system.
    pub fn file_name(&self) -> String {
        let stem = crate::engine::io::scenario_file::safe_file_stem(&self.title, "cloudsplit");
        let date: String = self
            .date
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        format!("{stem} decision record {date}.md")
    }
}

/// Text inside a line that Markdown shows as written: no HTML, entities, emphasis, code,
/// links, headings, table borders or line breaks.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Only an `&` that could start an entity (`&lt;`) needs it.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("&amp;")
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// [`inline`] for text that starts a line: a leading list marker (`-`, `+`, `1. `), rule
/// (`---`) or setext underline (`=`) is escaped too.
pub fn text(s: &str) -> String {
    let mut out = inline(s);
    let at = out.len() - out.trim_start().len();
    let rest = &out[at..];
    let spaced = |after: &str| after.is_empty() || after.starts_with(' ');
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // A leading `-` may also start a thematic break (`---`): always escaped.
    if rest.starts_with(['=', '-', '+']) {
        out.insert(at, '\\');
    } else if (1..=9).contains(&digits)
        && rest[digits..].starts_with(['.', ')'])
        && spaced(&rest[digits + 1..])
    {
        out.insert(at + digits, '\\');
    }
    out
}

/// A table cell: [`inline`], never empty (an empty cell is fine, but a dash reads better).
fn cell(s: &str) -> String {
    let t = inline(s);
    if t.trim().is_empty() {
        "—".to_owned()
    } else {
        t
    }
}

/// An id inside backticks; ids are plain ASCII, but a backtick would end the span.
fn code(s: &str) -> String {
    s.chars().filter(|c| *c != '`' && !c.is_control()).collect()
}

#[derive(Default)]
struct Markdown {
    out: String,
}

impl Markdown {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn heading(&mut self, s: &str) {
        self.blank();
        self.line(&format!("## {s}"));
        self.blank();
    }

    fn subheading(&mut self, s: &str) {
        self.blank();
        self.line(&format!("### {s}"));
        self.blank();
    }

    fn table(&mut self, head: &[&str], numeric: &[bool], rows: impl Iterator<Item = Vec<String>>) {
        self.line(&format!("| {} |", head.join(" | ")));
        let rule: Vec<&str> = (0..head.len())
            .map(|i| {
                if numeric.get(i) == Some(&true) {
                    "---:"
                } else {
                    "---"
                }
            })
            .collect();
        self.line(&format!("| {} |", rule.join(" | ")));
        for row in rows {
            self.line(&format!("| {} |", row.join(" | ")));
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn text_cannot_open_html_or_markdown() {
        assert_eq!(
            text("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(text("a|b\nc"), "a\\|b c");
        assert_eq!(text("# Heading"), "\\# Heading");
        assert_eq!(text("- item"), "\\- item");
        assert_eq!(text("1. first"), "1\\. first");
        assert_eq!(text("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
        assert_eq!(
            text("**bold** _it_ `code`"),
            "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"
        );
        assert_eq!(text("gpt-4.1 costs 2.5"), "gpt-4.1 costs 2.5");
        assert_eq!(text("0.05 $/GB"), "0.05 $/GB");
        assert_eq!(text("---"), "\\---");
        assert_eq!(text("-- x"), "\\-- x");
        assert_eq!(text("=="), "\\==");
        assert_eq!(text("R&D &lt; & more"), "R&amp;D &amp;lt; & more");
    }
}
