//! Bytes → text. A report may come as UTF-8 (with or without a BOM), UTF-16
//! from a Windows editor, a legacy single-byte encoding, or not be text at
//! all. Line endings are normalised to `\n` without changing the line count,
//! so line numbers in warnings match what an editor shows.

use super::mojibake;

/// Text ready for the markdown reader, or why there is none.
#[derive(Debug)]
pub enum Decoded {
    Text {
        text: String,
        /// Set when bytes were not valid UTF-8 and were read as Windows-1252.
        lossy: bool,
        /// Set when mojibake was found and repaired.
        repaired: bool,
    },
    /// Binary data (NUL bytes, control characters).
    NotText(&'static str),
}

pub fn decode(bytes: &[u8]) -> Decoded {
    let (text, lossy) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest).into_owned(), false)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), false)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), false)
    } else {
        if looks_binary(bytes) {
            return Decoded::NotText("the file holds binary data (NUL or control bytes), not text");
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), false),
            Err(_) => (windows_1252(bytes), true),
        }
    };
    if looks_binary(text.as_bytes()) {
        return Decoded::NotText("the file holds binary data (NUL or control bytes), not text");
    }
    let repaired_text = mojibake::repair(&text);
    let repaired = repaired_text != text;
    // A BOM that was itself mis-decoded (`ï»¿`) is only recognisable after repair.
    let text = repaired_text.trim_start_matches('\u{FEFF}');
    Decoded::Text {
        text: normalise_newlines(text),
        lossy,
        repaired,
    }
}

/// NUL bytes, or many control characters, mean the input is not a report.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 20 > sample.len().max(1)
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| read([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// Reads bytes that are not UTF-8 as Windows-1252, the most common legacy
/// encoding of reports; the few undefined bytes become U+FFFD.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: &str = "€\u{FFFD}‚ƒ„…†‡ˆ‰Š‹Œ\u{FFFD}Ž\u{FFFD}\u{FFFD}‘’“”•–—˜™š›œ\u{FFFD}žŸ";
    let high: Vec<char> = HIGH.chars().collect();
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => high.get((b - 0x80) as usize).copied().unwrap_or('\u{FFFD}'),
            _ => b as char,
        })
        .collect()
}

/// `\r\n` and lone `\r` become `\n`; the number of lines does not change.
fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        match decode(bytes) {
            Decoded::Text { text, .. } => text,
            Decoded::NotText(why) => panic!("not text: {why}"),
        }
    }

    #[test]
    fn bom_and_crlf_change_nothing() {
        let plain = "# Plan\n\n- [ ] Add health checks (4h)\n";
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(plain.replace('\n', "\r\n").as_bytes());
        assert_eq!(text(&with_bom), plain);
        assert_eq!(text(plain.as_bytes()), plain);
    }

    #[test]
    fn utf16_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "# Plan ✅".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(text(&bytes), "# Plan ✅");
    }

    #[test]
    fn legacy_bytes_are_read_as_windows_1252() {
        match decode(b"Caf\xe9 \x80 50") {
            Decoded::Text { text, lossy, .. } => {
                assert_eq!(text, "Café € 50");
                assert!(lossy);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn mojibake_is_repaired_and_reported() {
        match decode("âœ… done\r\n".as_bytes()) {
            Decoded::Text { text, repaired, .. } => {
                assert_eq!(text, "✅ done\n");
                assert!(repaired);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(&[0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]),
            Decoded::NotText(_)
        ));
        assert!(matches!(decode(&[1, 2, 3, 4, 5, 6]), Decoded::NotText(_)));
    }
}
