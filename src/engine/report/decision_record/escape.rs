//! Escaping for Markdown: what a user typed, or a sentence quoting it, shows as written.

/// Text inside a line that Markdown shows as written: no HTML, entities, emphasis, code,
/// links, headings, table borders or line breaks.
pub(super) fn inline(s: &str) -> String {
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
pub(super) fn cell(s: &str) -> String {
    let t = inline(s);
    if t.trim().is_empty() {
        "—".to_owned()
    } else {
        t
    }
}

/// An id inside backticks; ids are plain ASCII, but a backtick would end the span.
pub(super) fn code(s: &str) -> String {
    s.chars().filter(|c| *c != '`' && !c.is_control()).collect()
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
