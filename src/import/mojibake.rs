//! Repair of mojibake: UTF-8 that was decoded with a single-byte code page
//! (Windows-1252/1254, Mac Roman) and saved again, so `✅` reads `âœ…` or
//! `‚úÖ`. Each run of characters that could be such damage is mapped back to
//! the bytes it came from and decoded as UTF-8 again.
//!
//! Damage is often lossy: Windows decoders drop the bytes they do not define
//! (0x81, 0x8D, 0x8F, 0x90, 0x9D), so `⚠️` (E2 9A A0 EF B8 8F) arrives as
//! `âš ï¸` with its last byte gone. A sequence short of one byte is repaired
//! by trying each byte the code page drops, but only when the result is a
//! symbol or emoji: guessing letters back would corrupt real accented text.

use super::codepages::{may_be_mojibake, CodePage};

/// Emoji and symbols audit reports use, most likely first. When a lost byte
/// leaves several candidates (🔍 and 🔐 differ only in the lost byte), the one
/// found earlier here wins.
const LIKELY: &[char] = &[
    '\u{FE0F}', '❌', '🔍', '🔐', '📍', '📝', '📁', '👍', '🏁', '🎯', '⏰', '⏳', '⏱', '🔎', '🔏',
    '🔝', '❎', '✍',
];

/// Repairs every mojibake run in `text`; clean text comes back unchanged.
pub fn repair(text: &str) -> String {
    if !text.chars().any(may_be_mojibake) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if may_be_mojibake(c) {
            run.push(c);
        } else {
            if !run.is_empty() {
                repair_run(&run, &mut out);
                run.clear();
            }
            out.push(c);
        }
    }
    if !run.is_empty() {
        repair_run(&run, &mut out);
    }
    out
}

/// Repairs one run with whichever code page explains more of it.
fn repair_run(run: &[char], out: &mut String) {
    let mut best: Option<(usize, String)> = None;
    for page in CodePage::ALL {
        let Some(bytes) = run
            .iter()
            .map(|c| page.byte_of(*c))
            .collect::<Option<Vec<u8>>>()
        else {
            continue;
        };
        let (repaired, score) = decode_run(run, &bytes, page.lost_bytes());
        if score > 0 && best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, repaired));
        }
    }
    match best {
        Some((_, repaired)) => out.push_str(&repaired),
        None => out.extend(run.iter()),
    }
}

/// Decodes `bytes` (one per character of `run`) as UTF-8, keeping the
/// original character wherever no sequence starts. Returns the text and how
/// many source characters were explained as parts of UTF-8 sequences.
fn decode_run(run: &[char], bytes: &[u8], lost: &[u8]) -> (String, usize) {
    let mut out = String::with_capacity(run.len() * 2);
    let mut explained = 0;
    let mut i = 0;
    while i < bytes.len() {
        let need = sequence_len(bytes[i]);
        if need >= 2 && i + need <= bytes.len() {
            if let Ok(s) = std::str::from_utf8(&bytes[i..i + need]) {
                out.push_str(s);
                explained += need;
                i += need;
                continue;
            }
        }
        if let Some((c, used)) = decode_lossy(&bytes[i..], lost) {
            out.push(c);
            explained += used;
            i += used;
            continue;
        }
        out.push(run[i]);
        i += 1;
    }
    (out, explained)
}

/// The length of the UTF-8 sequence `lead` starts, or 0 if it starts none.
fn sequence_len(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 0,
    }
}

/// Tries to read one character from `bytes` assuming a single byte of it was
/// lost, reinserting each candidate at each position. Returns the character
/// and how many bytes of `bytes` it used.
fn decode_lossy(bytes: &[u8], lost: &[u8]) -> Option<(char, usize)> {
    let mut best: Option<(u32, char, usize)> = None;
    let mut consider = |seq: &[u8], used: usize, position_penalty: u32| {
        if let Ok(s) = std::str::from_utf8(seq) {
            if let Some(c) = s.chars().next() {
                if let Some(rank) = symbol_rank(c) {
                    let rank = rank + position_penalty;
                    if best.is_none_or(|(r, _, _)| rank < r) {
                        best = Some((rank, c, used));
                    }
                }
            }
        }
    };
    let need = sequence_len(bytes[0]);
    if need >= 3 && bytes.len() >= need - 1 {
        // The lead byte is here; one of the following bytes is missing.
        let present = &bytes[..need - 1];
        for gap in 1..need {
            for &b in lost {
                let mut seq = Vec::with_capacity(need);
                seq.extend_from_slice(&present[..gap]);
                seq.push(b);
                seq.extend_from_slice(&present[gap..]);
                consider(&seq, need - 1, (need - gap) as u32);
            }
        }
    }
    if need == 0 && (0x80..=0xBF).contains(&bytes[0]) {
        // A continuation byte with no lead: the lead itself may be the lost byte.
        for &b in lost {
            let n = sequence_len(b);
            if n >= 3 && bytes.len() >= n - 1 {
                let mut seq = vec![b];
                seq.extend_from_slice(&bytes[..n - 1]);
                consider(&seq, n - 1, 0);
            }
        }
    }
    best.map(|(_, c, used)| (c, used))
}

/// How likely `c` is as the product of a repair (lower is likelier), or
/// `None` when it is not a symbol at all and must not be guessed.
fn symbol_rank(c: char) -> Option<u32> {
    if let Some(i) = LIKELY.iter().position(|l| *l == c) {
        return Some(i as u32);
    }
    let class = match c as u32 {
        0x1F300..=0x1FAFF => 0,
        0x2600..=0x27BF | 0x2B00..=0x2BFF => 1,
        0x2190..=0x21FF | 0x2500..=0x259F | 0x2300..=0x23FF => 2,
        0x2000..=0x206F | 0x25A0..=0x25FF => 3,
        0x1F000..=0x1F2FF => 4,
        _ => return None,
    };
    Some(100 + class * 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_damage_from_seed_001_is_repaired() {
        let cases = [
            (
                "**Status:** âœ… Complete with comprehensive infrastructure assessment",
                "**Status:** ✅ Complete with comprehensive infrastructure assessment",
            ),
            (
                "â”œâ”€â”€ Platform: Render (render.yaml configured)",
                "├── Platform: Render (render.yaml configured)",
            ),
            (
                "â””â”€â”€ Environment: Production-ready configuration",
                "└── Environment: Production-ready configuration",
            ),
        ];
        for (damaged, clean) in cases {
            assert_eq!(repair(damaged), clean);
        }
    }

    #[test]
    fn windows_1254_emoji_from_seed_001_are_repaired() {
        assert_eq!(
            repair("## ğŸ“Š Executive Summary"),
            "## 📊 Executive Summary"
        );
        assert_eq!(
            repair("## ğŸš¨ Critical Infrastructure Findings"),
            "## 🚨 Critical Infrastructure Findings"
        );
        assert_eq!(
            repair("## ğŸ”§ Technology Stack Assessment"),
            "## 🔧 Technology Stack Assessment"
        );
    }

    #[test]
    fn lossy_damage_from_seed_001_is_repaired() {
        // ⚠️ lost its last byte (0x8F) to the Windows decoder.
        assert_eq!(
            repair("| **Monitoring** | âš\u{A0}ï¸ Limited |"),
            "| **Monitoring** | ⚠\u{FE0F} Limited |"
        );
        // 🔍 lost its last byte (0x8D).
        assert_eq!(
            repair("## ğŸ” Detailed Infrastructure Analysis"),
            "## 🔍 Detailed Infrastructure Analysis"
        );
        // ❌ lost its middle byte (0x9D).
        assert_eq!(
            repair("â”œâ”€â”€ Level 4 (Quantitatively Managed): âŒ Missing metrics"),
            "├── Level 4 (Quantitatively Managed): ❌ Missing metrics"
        );
    }

    #[test]
    fn mac_roman_damage_from_seeds_003_and_004_is_repaired() {
        let cases = [
            (
                "- ‚ùå Worker not deployed (app broken without local Mac)",
                "- ❌ Worker not deployed (app broken without local Mac)",
            ),
            (
                "**Status:** ‚ö†Ô∏è Partial (CI.yml exists but incomplete)",
                "**Status:** ⚠️ Partial (CI.yml exists but incomplete)",
            ),
            (
                "### \u{F8FF}üî¥ CRITICAL (This Week)",
                "### 🔴 CRITICAL (This Week)",
            ),
            (
                "### \u{F8FF}üîµ LOW PRIORITY (Month 3+)",
                "### 🔵 LOW PRIORITY (Month 3+)",
            ),
            (
                "Development ‚Üí Staging ‚Üí Production",
                "Development → Staging → Production",
            ),
            ("### ‚úÖ Strengths", "### ✅ Strengths"),
            (
                "- **Reliability**: 99.9% ‚Üí 99.99% uptime",
                "- **Reliability**: 99.9% → 99.99% uptime",
            ),
            ("‚≠ê Feature flags", "⭐ Feature flags"),
        ];
        for (damaged, clean) in cases {
            assert_eq!(repair(damaged), clean);
        }
    }

    #[test]
    fn mac_roman_emoji_whose_apple_logo_was_lost_are_repaired() {
        assert_eq!(repair("### üî¥ CRITICAL"), "### 🔴 CRITICAL");
    }

    #[test]
    fn clean_text_is_left_alone() {
        for clean in [
            "Implementação de monitoramento — prioridade alta",
            "Café, naïve, Ærøskøbing, São Paulo, Zürich",
            "✅ Done → next ⚠️ 🔴 高 / 中 / 低",
            "Cost: €1.200 – £900 ± 5 %",
            "plain ASCII",
        ] {
            assert_eq!(repair(clean), clean);
        }
    }

    #[test]
    fn damaged_utf8_letters_are_repaired_too() {
        assert_eq!(repair("ImplementaÃ§Ã£o"), "Implementação");
        assert_eq!(repair("PrioritÃ© haute"), "Priorité haute");
    }
}
