//! A row a table names by a label ("| Content Moderation | High | 6 hours |")
//! restates the action the report words elsewhere ("Content moderation tools
//! integration"): it joins that action and lends it its estimate. So does a
//! list of bare names ("Maintenance Alerts", "PDF Export" in a summary of
//! priorities) that restates the actions the report words elsewhere.

use super::candidate::{Candidate, Shape};
use std::collections::{HashMap, HashSet};

/// Least bare names of one list that each restate an action for the list to
/// be a restatement: one short name alone may be work of its own.
const RESTATING_LIST: usize = 2;

/// Where a mention sits: its section and the item or heading it is under.
type Place = (Option<usize>, Option<usize>);

/// Joins each label row that is still an action of its own to the one other
/// action whose mention holds every key word of the label. A label that
/// several actions hold names none of them; one that none holds is work of
/// its own. Then the bare names of a list that restates: each joins the one
/// action that holds its words, and is read as a label from then on (it
/// lends its estimate, it does not title the action). Returns those names.
pub fn join(
    cands: &[Candidate],
    clusters: &mut [Vec<usize>],
    keys: &[HashSet<String>],
) -> Vec<usize> {
    for k in 0..clusters.len() {
        let [i] = clusters[k][..] else {
            continue;
        };
        if !cands[i].label || keys[i].is_empty() {
            continue;
        }
        let holders = holders(cands, clusters, keys, k, i);
        let best = holders.iter().map(|h| h.0).max_by(f64::total_cmp);
        let mut closest = holders.iter().filter(|h| Some(h.0) == best);
        if let (Some(&(_, o)), None) = (closest.next(), closest.next()) {
            let moved = std::mem::take(&mut clusters[k]);
            clusters[o].extend(moved);
        }
    }
    // Each list's bare names and the one action each restates.
    let mut lists: HashMap<Place, Vec<(usize, usize)>> = HashMap::new();
    for k in 0..clusters.len() {
        let [i] = clusters[k][..] else {
            continue;
        };
        if cands[i].label || keys[i].is_empty() || !bare(&cands[i], &keys[i]) {
            continue;
        }
        if let [(_, o)] = holders(cands, clusters, keys, k, i)[..] {
            lists
                .entry((cands[i].section, cands[i].parent))
                .or_default()
                .push((k, o));
        }
    }
    let mut joins: Vec<(usize, usize)> = lists
        .into_values()
        .filter(|l| l.len() >= RESTATING_LIST)
        .flatten()
        .collect();
    joins.sort_unstable();
    let mut named = Vec::new();
    for (k, o) in joins {
        let moved = std::mem::take(&mut clusters[k]);
        named.extend(moved.iter().copied());
        clusters[o].extend(moved);
    }
    named
}

/// The actions other than cluster `k` (of candidate `i`) with a mention
/// that holds every key word of `i`, outside `i`'s own table or list, and
/// how closely that mention matches it.
fn holders(
    cands: &[Candidate],
    clusters: &[Vec<usize>],
    keys: &[HashSet<String>],
    k: usize,
    i: usize,
) -> Vec<(f64, usize)> {
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
    (0..clusters.len())
        .filter(|&o| o != k && !clusters[o].iter().any(|&m| beside(m)))
        .filter_map(|o| fit(o).map(|f| (f, o)))
        .collect()
}

/// An item or row that only names its work, in a word or two ("Maintenance
/// Alerts", "Deduplicación (8 horas)"), as a label row does: no verb says
/// what is done and no description follows the name ("**Monitoring** -
/// Deploy Prometheus" describes it).
fn bare(c: &Candidate, keys: &HashSet<String>) -> bool {
    // A row's text is its whole row: its cell is its title.
    let said = match c.shape {
        Shape::Row => &c.title,
        Shape::Item { .. } => &c.text,
        _ => return false,
    };
    let named = said.split(" (").next().unwrap_or(said);
    keys.len() <= 2
        && !super::super::vocab::starts_with_action(&c.title)
        && super::super::similarity::action_words(named).len() <= keys.len()
}
