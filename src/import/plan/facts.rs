//! List items that state facts rather than name work: `Severity: High`,
//! `Files: src/app.ts`, and lists made of them.

use super::super::outline::Item;
use super::super::vocab;
use super::title;

/// `Severity: High`, `Files: src/app.ts`: an item that states a fact about
/// what it sits under rather than naming work (a checkbox or an instruction
/// after the colon names work).
pub fn kv_item(item: &Item) -> Option<(String, String)> {
    // A checkbox, or a pending mark ("⏳ **Pen testing:** …"), names work.
    if item.checked.is_some() || starts_pending(&item.line.text) {
        return None;
    }
    let (label, value) = item.line.text.trim().split_once([':', '：'])?;
    let (label, value) = (
        label.trim().trim_matches('*').trim(),
        value.trim().trim_matches('*').trim(),
    );
    if label.is_empty()
        || value.is_empty()
        || label.split_whitespace().count() > 4
        || title::is_id(label)
    {
        return None;
    }
    if vocab::starts_with_action(value) && !title::is_action_label(label) {
        return None;
    }
    Some((label.to_string(), value.to_string()))
}

/// "⏳ **Pen testing:** …": an item marked as work still to do.
pub fn starts_pending(text: &str) -> bool {
    text.trim_start()
        .starts_with(['⏳', '🔄', '⬜', '🔲', '☐', '□', '🚧'])
}

/// A list most of whose items are facts: a record's fields, not tasks.
pub fn kv_list(items: &[Item]) -> bool {
    let facts = items.iter().filter(|i| kv_item(i).is_some()).count();
    facts >= 2 && facts * 5 >= items.len() * 3
}

/// "✅ Done: …", "~~Struck~~"-free marks of work already done at the start of an item.
pub fn starts_done(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with(['✅', '☑', '✔']) || t.starts_with("[x]") || t.starts_with("[X]")
}

/// True when a step ends in a check mark: "Run `bundle update` ✅", the way
/// plans-and-trackers tick a step they completed.
pub fn ends_done(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{FE0F}')
        .ends_with(['✅', '☑', '✔'])
}
