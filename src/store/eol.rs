//! What a save keeps of how the file is written beyond its values: CRLF
//! line endings and a byte order mark. The loader reads either; toml_edit
//! prints every line it writes with LF, and the loader drops the BOM, so
//! without this a check-off in a CRLF file mixed the endings (the whole
//! touched task turned LF) and a BOM vanished on the first save.

/// Whether `text` is a CRLF file: it has line breaks and every one is CRLF.
/// A file already mixing the two is left as it comes.
pub(crate) fn is_crlf(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut breaks = memchr::memchr_iter(b'\n', bytes).peekable();
    breaks.peek().is_some() && breaks.all(|i| i > 0 && bytes[i - 1] == b'\r')
}

/// `text` with every bare LF turned into CRLF.
pub(crate) fn to_crlf(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut from = 0;
    for i in memchr::memchr_iter(b'\n', bytes) {
        if i == 0 || bytes[i - 1] != b'\r' {
            out.push_str(&text[from..i]);
            out.push_str("\r\n");
            from = i + 1;
        }
    }
    out.push_str(&text[from..]);
    out
}

/// The byte order mark, as the loader drops it and a save writes it back.
pub(crate) const BOM: &str = "\u{feff}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_files_are_told_from_lf_and_mixed_ones() {
        assert!(is_crlf("a = 1\r\nb = 2\r\n"));
        assert!(is_crlf("a = 1\r\nb = 2"));
        assert!(!is_crlf("a = 1\nb = 2\n"));
        assert!(!is_crlf("a = 1\r\nb = 2\n"), "mixed");
        assert!(!is_crlf("no line break"));
        assert!(!is_crlf(""));
    }

    #[test]
    fn bare_line_feeds_become_crlf_and_crlf_stays() {
        assert_eq!(to_crlf("a\nb\r\nc\n"), "a\r\nb\r\nc\r\n");
        assert_eq!(to_crlf("\n"), "\r\n");
        assert_eq!(to_crlf("none"), "none");
    }
}
