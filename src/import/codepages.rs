//! The single-byte code pages UTF-8 text is most often mis-decoded with, as
//! tables from byte to character for the upper half (0x80..=0xFF). Reports
//! pasted from Windows tools come back as Windows-1252 (or Windows-1254 on
//! Turkish systems, which differs in six letters); files that went through a
//! Mac come back as Mac Roman.

/// Windows-1252 and Windows-1254 merged: they agree everywhere except six
/// letters (0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE) and 0x8E/0x9E, and no character
/// appears in both at different bytes, so one reverse table serves both.
/// `None` marks bytes the code page leaves undefined: decoders drop them, and
/// the repair has to guess them back.
const WINDOWS_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The Windows-1254 letters that replace Latin-1 ones at the same bytes.
const TURKISH: [(u8, char); 6] = [
    (0xD0, 'Ğ'),
    (0xDD, 'İ'),
    (0xDE, 'Ş'),
    (0xF0, 'ğ'),
    (0xFD, 'ı'),
    (0xFE, 'ş'),
];

/// Bytes a Windows decoder cannot represent and so drops: the candidates for
/// a byte lost from a damaged sequence. 0x8E and 0x9E are defined in 1252 but
/// not in 1254.
pub const WINDOWS_LOST: &[u8] = &[0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x8E, 0x9E];

/// Mac Roman, 0x80..=0xFF. 0xF0 is the Apple logo in Apple's private use area.
const MAC_ROMAN_HIGH: [char; 128] = [
    'Ä', 'Å', 'Ç', 'É', 'Ñ', 'Ö', 'Ü', 'á', 'à', 'â', 'ä', 'ã', 'å', 'ç', 'é', 'è', //
    'ê', 'ë', 'í', 'ì', 'î', 'ï', 'ñ', 'ó', 'ò', 'ô', 'ö', 'õ', 'ú', 'ù', 'û', 'ü', //
    '†', '°', '¢', '£', '§', '•', '¶', 'ß', '®', '©', '™', '´', '¨', '≠', 'Æ', 'Ø', //
    '∞', '±', '≤', '≥', '¥', 'µ', '∂', '∑', '∏', 'π', '∫', 'ª', 'º', 'Ω', 'æ', 'ø', //
    '¿', '¡', '¬', '√', 'ƒ', '≈', '∆', '«', '»', '…', '\u{A0}', 'À', 'Ã', 'Õ', 'Œ', 'œ', //
    '–', '—', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '÷', '◊', 'ÿ', 'Ÿ', '⁄', '€', '‹',
    '›', 'ﬁ', 'ﬂ', //
    '‡', '·', '‚', '„', '‰', 'Â', 'Ê', 'Á', 'Ë', 'È', 'Í', 'Î', 'Ï', 'Ì', 'Ó', 'Ô', //
    '\u{F8FF}', 'Ò', 'Ú', 'Û', 'Ù', 'ı', 'ˆ', '˜', '¯', '˘', '˙', '˚', '¸', '˝', '˛', 'ˇ', //
];

/// A code page family the repair can undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePage {
    /// Windows-1252 and Windows-1254.
    Windows,
    MacRoman,
}

impl CodePage {
    pub const ALL: [CodePage; 2] = [CodePage::Windows, CodePage::MacRoman];

    /// The byte `c` came from when UTF-8 was decoded with this code page, for
    /// bytes 0x80..=0xFF only (ASCII never takes part in mojibake).
    pub fn byte_of(self, c: char) -> Option<u8> {
        match self {
            CodePage::Windows => windows_byte(c),
            CodePage::MacRoman => mac_byte(c),
        }
    }

    /// Bytes this code page drops, so a damaged sequence may be missing one.
    pub fn lost_bytes(self) -> &'static [u8] {
        match self {
            CodePage::Windows => WINDOWS_LOST,
            // Mac Roman defines all 256 bytes; only the Apple logo (0xF0) is
            // commonly lost, since fonts outside Apple systems lack it.
            CodePage::MacRoman => &[0xF0],
        }
    }
}

fn windows_byte(c: char) -> Option<u8> {
    let code = c as u32;
    match code {
        // Latin-1 proper, except where 1254 puts its letters (handled below,
        // and the Latin-1 letters at those bytes still belong to 1252).
        0xA0..=0xFF => Some(code as u8),
        // Decoders that keep undefined bytes map them to C1 controls.
        0x80..=0x9F => Some(code as u8),
        _ => {
            if let Some(i) = WINDOWS_HIGH.iter().position(|e| *e == Some(c)) {
                return Some(0x80 + i as u8);
            }
            TURKISH.iter().find(|(_, t)| *t == c).map(|(b, _)| *b)
        }
    }
}

fn mac_byte(c: char) -> Option<u8> {
    if c == '¤' {
        // Mac Roman before 1998 had the currency sign where the euro is now.
        return Some(0xDB);
    }
    MAC_ROMAN_HIGH
        .iter()
        .position(|e| *e == c)
        .map(|i| 0x80 + i as u8)
}

/// True when `c` could be part of mojibake in some code page; a cheap filter
/// that lets clean text through without any table lookups.
pub fn may_be_mojibake(c: char) -> bool {
    (c as u32) >= 0x80 && (windows_byte(c).is_some() || mac_byte(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_round_trip_known_bytes() {
        assert_eq!(CodePage::Windows.byte_of('â'), Some(0xE2));
        assert_eq!(CodePage::Windows.byte_of('œ'), Some(0x9C));
        assert_eq!(CodePage::Windows.byte_of('…'), Some(0x85));
        assert_eq!(CodePage::Windows.byte_of('ğ'), Some(0xF0));
        assert_eq!(CodePage::Windows.byte_of('Ÿ'), Some(0x9F));
        assert_eq!(CodePage::MacRoman.byte_of('‚'), Some(0xE2));
        assert_eq!(CodePage::MacRoman.byte_of('ú'), Some(0x9C));
        assert_eq!(CodePage::MacRoman.byte_of('Ö'), Some(0x85));
        assert_eq!(CodePage::MacRoman.byte_of('\u{F8FF}'), Some(0xF0));
        assert_eq!(CodePage::Windows.byte_of('a'), None);
        assert_eq!(CodePage::MacRoman.byte_of('✅'), None);
    }

    #[test]
    fn mac_roman_table_is_a_bijection() {
        for (i, c) in MAC_ROMAN_HIGH.iter().enumerate() {
            assert_eq!(mac_byte(*c), Some(0x80 + i as u8), "{c}");
        }
    }
}
