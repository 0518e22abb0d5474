//! A row a table names by a label ("| Content Moderation | High | 6 hours |")
//! restates the action the report words elsewhere ("Content moderation tools
//! integration"): it joins that action and lends it its estimate.

use super::candidate::Candidate;
use std::collections::HashSet;

/// Joins each label row that is still an action of its own to the one other
/// action whose mention holds every key word of the label. A label that
/// several actions hold names none of them; one that none holds is work of
/// its own.
pub fn join(cands: &[Candidate], clusters: &mut [Vec<usize>], keys: &[HashSet<String>]) {
    for k in 0..clusters.len() {
        let [i] = clusters[k][..] else {
            continue;
        };
        if !cands[i].label || keys[i].is_empty() {
            continue;
        }
        let mine = &keys[i];
        // The other rows of its table are the table's other labels.
        let beside =
            |m: usize| cands[m].section == cands[i].section && cands[m].parent == cands[i].parent;
        // How closely an action's mentions that hold the label match it.
        let fit = |o: usize| {
            clusters[o]
                .iter()
                .filter(|&&m| mine.is_subset(&keys[m]))
                .map(|&m| mine.len() as f64 / keys[m].len() as f64)
                .max_by(f64::total_cmp)
        };
        let holders: Vec<(f64, usize)> = (0..clusters.len())
            .filter(|&o| o != k && !clusters[o].iter().any(|&m| beside(m)))
            .filter_map(|o| fit(o).map(|f| (f, o)))
            .collect();
        let best = holders.iter().map(|h| h.0).max_by(f64::total_cmp);
        let mut closest = holders.iter().filter(|h| Some(h.0) == best);
        if let (Some(&(_, o)), None) = (closest.next(), closest.next()) {
            let moved = std::mem::take(&mut clusters[k]);
            clusters[o].extend(moved);
        }
    }
}
