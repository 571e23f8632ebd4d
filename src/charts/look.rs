//! How big a chart draws its text, lines and ticks: for a screen at arm's length, or for a
//! room reading a projector from the back row. Passed into every chart as a value, so a
//! chart stays a pure function of its data and its look.

use plotters::style::{FontFamily, TextStyle};

use super::theme::{MUTED, TEXT};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// Multiplies every font size, and the room set aside for labels with it.
    text: f64,
    /// Multiplies every line and marker width.
    line: f64,
    /// At most this many value ticks on an axis (months keep their own rule).
    max_ticks: usize,
    /// Long labels are wrapped onto more lines instead of cut short.
    pub wrap_labels: bool,
}

impl Look {
    /// The charts as they have always been drawn, beside the board.
    pub const SCREEN: Look = Look {
        text: 1.0,
        line: 1.0,
        max_ticks: usize::MAX,
        wrap_labels: false,
    };

    /// Presentation mode. plotters writes a size as 0.81 of itself in the SVG, and the
    /// columns draw a chart about 1.2 times its size at 1920x1080, so the smallest screen text
    /// (13) would show at about 12 px there; 1.4 times as large it measures 17 px
    /// (tests/e2e/room-readable.test.mjs), and grows with the column on larger screens (35 px
    /// at 3840x2160).
    pub const ROOM: Look = Look {
        text: 1.4,
        line: 1.5,
        max_ticks: 4,
        wrap_labels: true,
    };

    pub fn font(&self, size: f64) -> TextStyle<'static> {
        TextStyle::from((FontFamily::SansSerif, self.text_size(size))).color(&TEXT)
    }

    pub fn muted_font(&self, size: f64) -> TextStyle<'static> {
        TextStyle::from((FontFamily::SansSerif, self.text_size(size))).color(&MUTED)
    }

    pub fn text_size(&self, size: f64) -> f64 {
        size * self.text
    }

    /// A length that holds text (a label area, a row of labels), grown with the text.
    pub fn room_for_text(&self, pixels: u32) -> u32 {
        (f64::from(pixels) * self.text).round() as u32
    }

    pub fn stroke(&self, width: u32) -> u32 {
        (f64::from(width) * self.line).round() as u32
    }

    /// A marker's radius, grown with the lines.
    pub fn marker(&self, radius: i32) -> i32 {
        (f64::from(radius) * self.line).round() as i32
    }

    pub fn ticks(&self, wanted: usize) -> usize {
        wanted.min(self.max_ticks)
    }

    /// Months between labelled ticks on a time axis of `months`: quarters or years on a
    /// screen; in the room, half-years or years, then every other year on long plans.
    pub fn month_step(&self, months: usize) -> usize {
        match (months <= 24, self.max_ticks == usize::MAX) {
            (true, true) => 3,
            (true, false) => 6,
            (false, true) => 12,
            (false, false) if months > 48 => 24,
            (false, false) => 12,
        }
    }

    /// A label as drawn: whole and wrapped onto lines of at most `chars` characters in the
    /// room, cut to one line of `chars` with an ellipsis on a screen.
    pub fn label_lines(&self, label: &str, chars: usize) -> Vec<String> {
        if self.wrap_labels {
            wrap(label, chars)
        } else {
            vec![cut(label, chars)]
        }
    }
}

/// `label` cut to `chars` characters, the cut marked with an ellipsis.
pub fn cut(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_owned()
    } else {
        let kept: String = label.chars().take(chars.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// `text` broken between words into lines of at most `chars` characters; a word longer
/// than a line is split, so nothing is lost and no line overflows.
pub fn wrap(text: &str, chars: usize) -> Vec<String> {
    let chars = chars.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > chars {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..chars).collect());
        }
        let word: String = word.into_iter().collect();
        let fits = line.chars().count() + 1 + word.chars().count() <= chars;
        if line.is_empty() {
            line = word;
        } else if fits {
            line.push(' ');
            line.push_str(&word);
        } else {
            lines.push(std::mem::replace(&mut line, word));
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_no_line_is_too_long() {
        let label = "Bedrock price of OpenAI GPT models, as a multiple of Azure's";
        let lines = wrap(label, 24);
        assert_eq!(lines.join(" "), label);
        assert!(lines.iter().all(|l| l.chars().count() <= 24), "{lines:?}");
        assert_eq!(wrap("Short", 24), vec!["Short"]);
        assert_eq!(wrap("", 24), vec![""]);
        assert_eq!(wrap("abcdefgh ij", 3), vec!["abc", "def", "gh", "ij"]);
    }

    #[test]
    fn the_screen_cuts_and_the_room_wraps() {
        let label = "Extra headcount when two clouds are in use";
        assert_eq!(
            Look::SCREEN.label_lines(label, 40),
            vec!["Extra headcount when two clouds are in…"]
        );
        assert_eq!(
            Look::ROOM.label_lines(label, 24),
            vec!["Extra headcount when two", "clouds are in use"]
        );
    }

    #[test]
    fn the_room_draws_bigger_and_thicker_with_fewer_ticks() {
        let (screen, room) = (Look::SCREEN, Look::ROOM);
        assert_eq!(screen.text_size(13.0), 13.0);
        assert!(room.text_size(13.0) >= 18.0);
        assert!(room.stroke(2) > screen.stroke(2));
        assert_eq!(screen.ticks(6), 6);
        assert_eq!(room.ticks(6), 4);
        assert_eq!(screen.month_step(36), 12);
        assert_eq!(room.month_step(84), 24);
        assert_eq!(room.month_step(24), 6);
    }
}
