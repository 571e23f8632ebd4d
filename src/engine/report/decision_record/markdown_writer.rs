//! Markdown text built line by line: blank lines never doubled, headings and tables.

#[derive(Default)]
pub(super) struct Markdown {
    out: String,
}

impl Markdown {
    pub(super) fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    pub(super) fn blank(&mut self) {
        if !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    pub(super) fn heading(&mut self, s: &str) {
        self.blank();
        self.line(&format!("## {s}"));
        self.blank();
    }

    pub(super) fn subheading(&mut self, s: &str) {
        self.blank();
        self.line(&format!("### {s}"));
        self.blank();
    }

    pub(super) fn table(&mut self, head: &[&str], numeric: &[bool], rows: impl Iterator<Item = Vec<String>>) {
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

    pub(super) fn finish(self) -> String {
        self.out
    }
}
