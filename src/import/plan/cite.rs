//! A line of the plan that cites the finding it fixes by the finding's
//! identifier ("1. **Implement proper authentication** (CRIT-01)" under
//! "Immediate Action Items", "### CRIT-01: Stub authentication accepts any
//! token" among the findings) names that finding's fix: one task.

use super::super::vocab::Role;
use super::candidate::Candidate;
use super::sections::Sections;
use super::title::is_id;
use std::collections::{HashMap, HashSet};

/// The one identifier a title cites at its end, in parentheses or brackets
/// or after a dash: "Secrets rotieren (CRIT-001)" → `CRIT-001`. None when it
/// cites none, or several ("(C-02, C-04)"): a line that names several
/// findings is not the fix of one.
pub fn cited_id(title: &str) -> Option<String> {
    let (_, inner) = citation(title)?;
    let inner = inner.trim().trim_matches(['#', '.', '*', '`']);
    let single = !inner.contains([',', '/', ' ', '&', ';']);
    let named = inner.chars().any(|c| c.is_ascii_alphabetic())
        && inner.chars().any(|c| c.is_ascii_digit())
        // "P1", "P0" are priorities, not names.
        && !(inner.len() == 2 && inner.starts_with(['P', 'p']));
    (single && named && is_id(inner)).then(|| inner.to_string())
}

/// The title before its trailing citation, and the citation's text.
fn citation(title: &str) -> Option<(&str, &str)> {
    let t = title.trim_end().trim_end_matches(['*', ' ']);
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let Some(body) = t.strip_suffix(close) {
            let at = body.rfind(open)?;
            let head = body[..at].trim_end();
            return (!head.is_empty()).then_some((head, &body[at + open.len_utf8()..]));
        }
    }
    for dash in [" - ", " — ", " – "] {
        if let Some((head, tail)) = t.rsplit_once(dash) {
            if !head.trim().is_empty() {
                return Some((head.trim_end(), tail));
            }
        }
    }
    None
}

/// The title without the one identifier it cites at its end:
/// "Implement proper authentication (CRIT-01)" → "Implement proper
/// authentication"; any other title as it is.
pub fn uncited(title: &str) -> &str {
    match citation(title) {
        Some((head, _)) if cited_id(title).is_some() => head,
        _ => title,
    }
}

/// The kept lines of the plan or the summary that cite one finding by its
/// identifier, with that identifier: a finding among the findings is known
/// by it, and the line has no identifier of its own.
pub fn citing(cands: &[Candidate], kept: &[usize], sections: &Sections) -> Vec<(usize, String)> {
    let findings: HashSet<&str> = kept
        .iter()
        .filter(|&&i| matches!(sections.role(cands[i].section), Some((Role::Findings, _))))
        .flat_map(|&i| cands[i].ids.iter().map(String::as_str))
        .collect();
    kept.iter()
        .filter(|&&i| {
            cands[i].ids.is_empty()
                && (super::dedupe::planned(&cands[i], sections)
                    || matches!(sections.role(cands[i].section), Some((Role::Summary, _))))
        })
        .filter_map(|&i| Some((i, cited_id(&cands[i].title)?)))
        .filter(|(_, id)| findings.contains(id.as_str()))
        .collect()
}

/// Joins the cluster of each citing line with the cluster of the finding it
/// cites: the problem's words and the remedy's share little, the identifier
/// says they are one. Not when either cluster holds another finding (its
/// own identifier or another citation) or two mentions would share a list.
pub fn join(
    cands: &[Candidate],
    clusters: &mut [Vec<usize>],
    cites: &[(usize, String)],
    by_id: &HashMap<String, usize>,
) {
    // Each cluster's first mention, to find where a joined cluster went.
    let heads: Vec<Option<usize>> = clusters.iter().map(|c| c.first().copied()).collect();
    let mut cluster_of: HashMap<usize, usize> = HashMap::new();
    for (k, members) in clusters.iter().enumerate() {
        for &m in members {
            cluster_of.insert(m, k);
        }
    }
    let cited: HashMap<usize, &str> = cites.iter().map(|(i, id)| (*i, id.as_str())).collect();
    for (i, id) in cites {
        let (Some(&a), Some(&b)) = (cluster_of.get(i), by_id.get(id)) else {
            continue;
        };
        // A cluster joined earlier moved to the one it joined.
        let b = heads[b]
            .and_then(|m| cluster_of.get(&m))
            .copied()
            .unwrap_or(b);
        if a == b || clusters[b].is_empty() {
            continue;
        }
        // Another finding's mention in either: not this finding's fix alone.
        let other = |m: &usize| {
            (!cands[*m].ids.is_empty() && !cands[*m].ids.contains(id))
                || cited.get(m).is_some_and(|x| x != id)
        };
        if clusters[a].iter().chain(&clusters[b]).any(other) {
            continue;
        }
        let place = |m: &usize| (cands[*m].section, cands[*m].parent);
        let theirs: HashSet<_> = clusters[b].iter().map(place).collect();
        if clusters[a].iter().map(place).any(|p| theirs.contains(&p)) {
            continue;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        let moved = std::mem::take(&mut clusters[gone]);
        for &m in &moved {
            cluster_of.insert(m, keep);
        }
        clusters[keep].extend(moved);
        clusters[keep].sort_unstable();
    }
}

#[cfg(test)]
mod tests {
    use super::{cited_id, uncited};

    #[test]
    fn a_title_cites_one_identifier_at_its_end() {
        let id = |t| cited_id(t);
        assert_eq!(
            id("Implement proper authentication (CRIT-01)").as_deref(),
            Some("CRIT-01")
        );
        assert_eq!(
            id("Secrets rotieren (CRIT-001)").as_deref(),
            Some("CRIT-001")
        );
        assert_eq!(id("Fix the login flow [SEC-3]").as_deref(), Some("SEC-3"));
        assert_eq!(id("Rotate the keys — F-01").as_deref(), Some("F-01"));
        // Several findings, a priority, a word, a number: no citation.
        assert_eq!(id("Duplicate payments (C-02, C-04)"), None);
        assert_eq!(id("Address high-priority TODOs (P2)"), None);
        assert_eq!(id("Add rate limiting (optional)"), None);
        assert_eq!(id("Upgrade Node (2024)"), None);
        assert_eq!(id("(CRIT-01)"), None);
        assert_eq!(id("Enable backups"), None);
    }

    #[test]
    fn the_citation_is_not_part_of_the_work() {
        assert_eq!(
            uncited("Implement proper authentication (CRIT-01)"),
            "Implement proper authentication"
        );
        assert_eq!(uncited("Rotate the keys — F-01"), "Rotate the keys");
        let several = "Duplicate payments (C-02, C-04)";
        assert_eq!(uncited(several), several);
        assert_eq!(
            uncited("Add rate limiting (optional)"),
            "Add rate limiting (optional)"
        );
    }
}
