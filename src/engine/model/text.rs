//! Plain-words helpers shared by the engine's sentences and the UI.

/// `s` with its first letter in upper case: an error or a clause starting a sentence.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// `s` with its first letter in lower case: a sentence continued after a colon.
pub fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalise_handles_empty_and_words() {
        assert_eq!(capitalise(""), "");
        assert_eq!(capitalise("data for 2"), "Data for 2");
        assert_eq!(capitalise("élan"), "Élan");
    }

    #[test]
    fn lowercase_first_leaves_the_rest() {
        assert_eq!(lowercase_first(""), "");
        assert_eq!(lowercase_first("Keep AWS"), "keep AWS");
    }
}
