//! The lines one text change makes to another, as `git diff` shows a single
//! hunk: what the store's "one line per check-off" promise is checked with.

/// The lines that differ between two texts, as (removed, added), found by
/// trimming their common first and last lines.
#[allow(dead_code)]
pub fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let own = |lines: &[&str]| lines.iter().map(|l| l.to_string()).collect();
    (
        own(&a[prefix..a.len() - suffix]),
        own(&b[prefix..b.len() - suffix]),
    )
}

/// The lines a line diff removes and adds, wherever they are (several
/// hunks): one changed field is one removed and one added line, a field
/// set for the first time one added line.
#[allow(dead_code)]
pub fn diff_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let patch = diffy::create_patch(before, after);
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for hunk in patch.hunks() {
        for line in hunk.lines() {
            match line {
                diffy::Line::Delete(l) => removed.push(l.trim_end_matches('\n').to_string()),
                diffy::Line::Insert(l) => added.push(l.trim_end_matches('\n').to_string()),
                diffy::Line::Context(_) => {}
            }
        }
    }
    (removed, added)
}
