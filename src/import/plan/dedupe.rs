//! One task per action: the same work named in the summary, a detail
//! section, a timeline and a checklist is one task, titled and placed by its
//! most specific mention, with what every mention says merged into it.

use super::super::similarity::action_words;
use super::super::vocab::Role;
use super::candidate::{Candidate, Shape};
use super::said::{unlabelled, unscheduled};
use super::sections::Sections;
use std::collections::{HashMap, HashSet};

/// A word more clusters share than this is too common to find candidates by.
const COMMON: usize = 64;

/// Least similarity of two mentions of the same action.
const SAME: f64 = 0.75;
/// The same, when one of them sits in the summary, which words work loosely.
const SAME_IN_SUMMARY: f64 = 0.6;

/// The same, for a finding and a task of the plan.
const FINDING_AND_FIX: f64 = 0.5;

/// True when `a` sits among the findings and `b` in the plan or a stage of it.
fn finding_and_fix(a: &Candidate, b: &Candidate, sections: &Sections) -> bool {
    matches!(sections.role(a.section), Some((Role::Findings, _))) && planned(b, sections)
}

/// True for a mention in the plan or a stage of it.
pub fn planned(c: &Candidate, sections: &Sections) -> bool {
    matches!(sections.role(c.section), Some((Role::Plan, _))) || sections.phase(c.section).is_some()
}

/// Least key words a title must have for another that holds all of them
/// to be the same action.
const CONTAINED: usize = 3;

/// How many of a cluster's mentions a new one is compared with: the first
/// few say what the action is; a report pasted many times over must not
/// make every title meet hundreds.
const MENTIONS_COMPARED: usize = 8;

/// How much a mention says: an estimate or cost, a place in the plan, a
/// structure that names work, and then the earliest.
fn weight(c: &Candidate, sections: &Sections) -> (bool, bool, bool, u8) {
    let in_plan = matches!(sections.role(c.section), Some((Role::Plan, _)))
        || sections.phase(c.section).is_some();
    let shape = match c.shape {
        Shape::Row => 3,
        Shape::Heading(_) | Shape::Lead => 2,
        Shape::Item {
            checkbox: Some(_), ..
        } => 2,
        Shape::Item { .. } => 1,
    };
    let banner = sections.priority(c.section).is_some();
    (c.attrs.is_specific(), banner, in_plan, shape)
}

/// How well a mention's words name the work: a fix the report states or
/// an instruction of the plan itself, an instruction, then enough words to
/// say what is done. A label names none. The plan's own instruction ("Fix
/// authorization bypass vulnerability" in the recommendations) names the
/// task as well as the remedy written under its finding ("Recommended Fix:
/// Create middleware requireServiceProvider…"): that one is a step of it.
fn naming(c: &Candidate, sections: &Sections) -> (bool, bool, bool) {
    if c.label {
        return (false, false, false);
    }
    let action = super::super::vocab::starts_with_action(&c.title);
    let words = c
        .title
        .split_whitespace()
        .count()
        .max(c.title.chars().count() / 3);
    (
        c.fix || (action && planned(c, sections)),
        action,
        words >= 3,
    )
}

/// The numbers a title names ("4.0.13", "2"), sorted: key words keep only
/// some of them.
fn numbers(title: &str) -> Vec<&str> {
    let mut n: Vec<&str> = title
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|t| !ordinal(title, t))
        .map(|t| t.trim_matches('.'))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .collect();
    n.sort_unstable();
    n
}

/// Whether `part` (a slice of `title`) is a number after "#": "Issue #6"
/// counts the finding in its report, and the plan's "Fix the N+1 query"
/// that remedies it has no such number.
fn ordinal(title: &str, part: &str) -> bool {
    let at = part.as_ptr() as usize - title.as_ptr() as usize;
    !part.is_empty() && title[..at].ends_with('#')
}

/// The file a title names and nothing else, by its base name in lower case:
/// "src/pagos/PagosList.tsx (1223 lines)" and "PagosList.tsx" name one file.
fn file_named(title: &str) -> Option<String> {
    if !super::cues::file_path(title) {
        return None;
    }
    let head = title.split(" (").next().unwrap_or(title).trim();
    let base = head.trim_end_matches('/').rsplit('/').next()?;
    Some(format!("file:{}", base.to_lowercase()))
}

/// Lets cluster `k` be found by `words`. A list past COMMON is never read
/// again: it only has to stay past it.
fn add_reach<'a>(reach: &mut HashMap<&'a str, Vec<usize>>, words: &'a HashSet<String>, k: usize) {
    for w in words {
        let l = reach.entry(w.as_str()).or_default();
        if l.len() <= COMMON && !l.contains(&k) {
            l.push(k);
        }
    }
}

/// Marks every kept candidate that names the same action as an earlier
/// representative with `same_as`, and merges its attributes into it.
pub fn dedupe(cands: &mut [Candidate], sections: &Sections) {
    let kept: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].kept()).collect();
    // Each kept candidate's key words, by candidate index (none for the rest).
    let mut keys: Vec<HashSet<String>> = vec![HashSet::new(); cands.len()];
    // And the numbers in its title, read once.
    let mut nums: Vec<Vec<String>> = vec![Vec::new(); cands.len()];
    for &i in &kept {
        let said = unscheduled(unlabelled(&cands[i].title));
        keys[i] = action_words(said);
        nums[i] = numbers(said).into_iter().map(str::to_string).collect();
    }
    // Clusters by their first member; an index from word to clusters.
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    // Each cluster's places (section, parent list): a report does not name
    // one action twice in one list. A set, so a cluster of hundreds of
    // mentions (a report pasted many times over) is asked in one step.
    let mut places: Vec<HashSet<(Option<usize>, Option<usize>)>> = Vec::new();
    // Whether a cluster has a mention in the plan yet, kept as it grows: a
    // report pasted many times over makes clusters of hundreds.
    let mut has_plan: Vec<bool> = Vec::new();
    let place = |c: &Candidate| (c.section, c.parent);
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    // The same for the words of every mention a cluster has gathered.
    let mut reach: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    // Each kept candidate's identifiers: its own ("F001"), and the file a
    // title names and nothing else ("**PagosList.tsx**" in the checklist,
    // "frontend/src/pagos/PagosList.tsx (1223 líneas)" in the plan).
    let mut names: Vec<Vec<String>> = vec![Vec::new(); cands.len()];
    let fixes = super::fixes::Fixes::read(cands, sections);
    // Whether a cluster's finding has taken a fix by its steps' words: one.
    let mut fixed: Vec<bool> = Vec::new();
    for &i in &kept {
        names[i] = cands[i].ids.clone();
        names[i].extend(file_named(&cands[i].title));
    }
    let cites = super::cite::citing(cands, &kept, sections);
    // The finding's identifier says which finding, not what is done.
    for (i, _) in &cites {
        keys[*i] = action_words(unscheduled(unlabelled(super::cite::uncited(
            &cands[*i].title,
        ))));
    }
    for &i in &kept {
        // Mentions that share an identifier ("F001") are one action.
        let by_name = names[i]
            .iter()
            .find_map(|id| by_id.get(id).copied())
            .filter(|&k| !places[k].contains(&place(&cands[i])));
        if let Some(k) = by_name {
            clusters[k].push(i);
            has_plan[k] |= planned(&cands[i], sections);
            places[k].insert(place(&cands[i]));
            add_reach(&mut reach, &keys[i], k);
            for id in &names[i] {
                by_id.entry(id.clone()).or_insert(k);
            }
            continue;
        }
        let mine = &keys[i];
        let summary = matches!(sections.role(cands[i].section), Some((Role::Summary, _)));
        let my_numbers = &nums[i];
        // Clusters that share a word with any of their mentions, and how
        // many. A word that more than COMMON clusters share finds no
        // candidates itself: a huge report does not compare every title with
        // every other (clusters that share nothing but such words are not
        // merged).
        let mut shared: HashMap<usize, usize> = HashMap::new();
        // Words too common to look up may still be shared.
        let mut common = 0;
        for w in mine {
            match reach.get(w.as_str()) {
                Some(l) if l.len() <= COMMON => {
                    for &k in l {
                        *shared.entry(k).or_default() += 1;
                    }
                }
                Some(_) => common += 1,
                None => {}
            }
        }
        // No mention shares more words than its whole cluster: a cluster
        // that shares too few to be alike even to a one-word title, or to
        // hold CONTAINED of them, is not worth comparing.
        let least = ((SAME_IN_SUMMARY / 2.0 * (mine.len() + 1) as f64).ceil() as usize)
            .min(if mine.len() >= CONTAINED {
                CONTAINED
            } else {
                usize::MAX
            })
            .max(1);
        let best = shared
            .into_iter()
            .filter(|&(_, u)| u + common >= least)
            .map(|(k, _)| k)
            .filter(|&k| !places[k].contains(&place(&cands[i])))
            .filter_map(|k| {
                // The action is the same when this mention is the same as
                // any of its mentions so far: "Leaked password protection
                // disabled" (the finding) and "Enable leaked password
                // protection in the dashboard" (the plan) share little,
                // while the summary's "Enable leaked password protection"
                // names all of both.
                // A finding has one fix: a task of the plan joins a
                // finding loosely only while no other task of the plan has.
                let cluster_planned = has_plan[k];
                clusters[k]
                    .iter()
                    .take(MENTIONS_COMPARED)
                    .filter_map(|&m| {
                        let theirs = &keys[m];
                        // "Migrate service 1" and "Migrate service 2",
                        // "Upgrade to Rails 4.1" and "… 5.0" are two tasks.
                        let theirs_numbers = &nums[m];
                        if !my_numbers.is_empty()
                            && !theirs_numbers.is_empty()
                            && my_numbers != theirs_numbers
                        {
                            return None;
                        }
                        let n = mine.intersection(theirs).count();
                        let dice = 2.0 * n as f64 / (mine.len() + theirs.len()) as f64;
                        let loose = summary
                            || matches!(sections.role(cands[m].section), Some((Role::Summary, _)));
                        // A finding and the plan's fix for it name the same
                        // thing from two sides: the problem's words and the
                        // remedy's share only what they are about.
                        let finding_pair = finding_and_fix(&cands[i], &cands[m], sections)
                            || (!cluster_planned
                                && finding_and_fix(&cands[m], &cands[i], sections));
                        let need = if finding_pair && n >= 2 {
                            FINDING_AND_FIX
                        } else if loose {
                            SAME_IN_SUMMARY
                        } else {
                            SAME
                        };
                        // "Enable leaked password protection" and the same
                        // words "in the Supabase dashboard": one names all
                        // of the other.
                        let contained = n == mine.len().min(theirs.len()) && n >= CONTAINED;
                        (dice >= need || contained).then_some(dice.max(need))
                    })
                    .max_by(f64::total_cmp)
                    .map(|d| (d, k))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        // A task of the plan whose words the remediation of a finding holds
        // ("Remove .env.production from git history and rotate ALL secrets"
        // under "C-01: Production Secrets in Version Control", whose steps
        // say "Remove .env.production…", "Rotate ALL production
        // credentials"): the problem's words and the remedy's are far
        // apart, the fix's steps and the plan's line are not.
        // The plan's mention names the fix: it titles the task.
        let mut fix_at = None;
        let best = best.or_else(|| {
            if !fixes.task[i] && !fixes.finding[i] {
                return None;
            }
            // Findings of one series are headings of one level: another
            // finding is not a fix.
            let series = |m: usize| {
                matches!((cands[i].shape, cands[m].shape),
                    (Shape::Heading(a), Shape::Heading(b)) if a == b)
            };
            (0..clusters.len())
                .filter(|&k| !fixed[k] && !places[k].contains(&place(&cands[i])))
                .filter_map(|k| {
                    clusters[k]
                        .iter()
                        .take(MENTIONS_COMPARED)
                        .filter(|&&m| !series(m))
                        .filter_map(|&m| {
                            if fixes.task[i] && fixes.finding[m] {
                                fixes.share(&keys[i], &keys[m], m).map(|d| (d, i))
                            } else if fixes.finding[i] && fixes.task[m] {
                                fixes.share(&keys[m], mine, i).map(|d| (d, m))
                            } else {
                                None
                            }
                        })
                        .max_by(|a, b| a.0.total_cmp(&b.0))
                        .map(|(d, fix)| (d, k, fix))
                })
                .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
                .map(|(d, k, fix)| {
                    fix_at = Some(fix);
                    fixed[k] = true;
                    (d, k)
                })
        });
        if let Some(f) = fix_at {
            cands[f].fix = true;
        }
        let k = match best {
            Some((_, k)) => {
                clusters[k].push(i);
                has_plan[k] |= planned(&cands[i], sections);
                places[k].insert(place(&cands[i]));
                add_reach(&mut reach, mine, k);
                k
            }
            None => {
                for w in mine {
                    by_word.entry(w.as_str()).or_default().push(clusters.len());
                }
                add_reach(&mut reach, mine, clusters.len());
                clusters.push(vec![i]);
                fixed.push(false);
                has_plan.push(planned(&cands[i], sections));
                places.push(HashSet::from([place(&cands[i])]));
                clusters.len() - 1
            }
        };
        for id in &names[i] {
            by_id.entry(id.clone()).or_insert(k);
        }
    }
    super::cite::join(cands, &mut clusters, &cites, &by_id);
    for i in super::restate::join(cands, &mut clusters, &keys) {
        cands[i].label = true;
    }
    themes(cands, sections, &keys, &by_word, &clusters);
    for members in clusters.into_iter().filter(|m| m.len() > 1) {
        let rep = *members
            .iter()
            .max_by(|&&a, &&b| {
                weight(&cands[a], sections)
                    .cmp(&weight(&cands[b], sections))
                    .then(b.cmp(&a))
            })
            .expect("a cluster has members");
        // The words that name the work best may sit in another mention
        // than the most specific one: "Implement JWT role claims" under
        // the finding, "RBAC" in the roadmap table.
        let named = *members
            .iter()
            .max_by_key(|&&m| (naming(&cands[m], sections), std::cmp::Reverse(m)))
            .expect("a cluster has members");
        // A representative that already names the work as an instruction
        // ("Fix N+1 query patterns (2-3 days)" in the plan) keeps its words.
        let rep_naming = naming(&cands[rep], sections);
        let (_, instruction, worded) = rep_naming;
        if named != rep && naming(&cands[named], sections) > rep_naming && !(instruction && worded)
        {
            let better = cands[named].title.clone();
            let earlier = std::mem::replace(&mut cands[rep].title, better);
            cands[rep].notes.push(format!("Also: {earlier}"));
        }
        for &m in &members {
            if m == rep {
                continue;
            }
            let other = cands[m].clone();
            cands[rep].attrs.fill_from(&other.attrs);
            let note = format!("Also at line {}: {}", other.line, other.title);
            if !cands[rep].notes.contains(&note) {
                cands[rep].notes.push(note);
            }
            cands[m].same_as = Some(rep);
            if let Some(v) = cands[m].verdict.as_mut() {
                v.reason = format!("same action as line {}", cands[rep].line);
            }
        }
    }
}

/// Least similarity of a step to a task listed elsewhere for the step to be
/// that task.
const STEP_IS_TASK: f64 = 0.6;

/// A kept candidate whose steps are tasks the report lists elsewhere ("5.
/// Advanced Infrastructure" over "Implement Redis", "Set up background
/// jobs", each a task of the priority matrix) only names a theme: it goes.
fn themes(
    cands: &mut [Candidate],
    sections: &Sections,
    keys: &[HashSet<String>],
    by_word: &HashMap<&str, Vec<usize>>,
    clusters: &[Vec<usize>],
) {
    let mut steps: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if let Some(p) = c.parent {
            if !c.kept() && c.same_as.is_none() && cands[p].kept() {
                steps.entry(p).or_default().push(i);
            }
        }
    }
    for (parent, children) in steps {
        // The unit the report estimates is the task, whatever its steps.
        if cands[parent].attrs.is_specific() {
            continue;
        }
        // A theme the plan ranks (under a priority banner) outranks detail
        // lines that carry no priority anywhere: those are its steps again.
        let ranked =
            |c: &Candidate| c.attrs.priority.is_some() || sections.priority(c.section).is_some();
        let parent_ranked = ranked(&cands[parent]);
        let mut listed = Vec::new();
        for &child in &children {
            let mine = action_words(&cands[child].title);
            if mine.len() < 2 {
                continue;
            }
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for w in &mine {
                for &k in by_word.get(w.as_str()).into_iter().flatten() {
                    *shared.entry(k).or_default() += 1;
                }
            }
            // The earliest such task: a map's order differs from run to
            // run, and the reason names the line.
            let found = shared
                .into_iter()
                .filter(|&(k, n)| {
                    // A cluster joined into another is empty.
                    let Some(&first) = clusters[k].first() else {
                        return false;
                    };
                    first != parent
                        && cands[first].parent != Some(parent)
                        && (!parent_ranked || ranked(&cands[first]))
                        && 2.0 * n as f64 / (mine.len() + keys[first].len()) as f64 >= STEP_IS_TASK
                })
                .min_by_key(|&(k, _)| k);
            if let Some((k, _)) = found {
                listed.push(cands[clusters[k][0]].line);
            }
        }
        if listed.len() >= 2 || (!listed.is_empty() && listed.len() * 2 >= children.len()) {
            listed.sort_unstable();
            listed.dedup();
            if let Some(v) = cands[parent].verdict.as_mut() {
                v.keep = false;
                v.reason = format!(
                    "names a theme whose steps are tasks listed at lines {}",
                    listed
                        .iter()
                        .map(|l| l.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::file_named;

    #[test]
    fn a_title_that_is_only_a_file_names_it_by_its_base_name() {
        let plan = file_named("frontend/src/pagos/PagosList.tsx (1223 líneas)");
        assert_eq!(plan.as_deref(), Some("file:pagoslist.tsx"));
        assert_eq!(file_named("PagosList.tsx"), plan);
        // Work on a file is not the file: "Split PagosList.tsx" is its own title.
        assert_eq!(file_named("Split PagosList.tsx into three hooks"), None);
        assert_eq!(file_named("Add rate limiting"), None);
    }

    #[test]
    fn a_schedule_slot_is_not_part_of_the_work() {
        use super::unscheduled;
        let said = |t| unscheduled(t);
        assert_eq!(
            said("Day 2: GitHub branch protection"),
            "GitHub branch protection"
        );
        assert_eq!(said("Jour 3-5: Migration par batch"), "Migration par batch");
        assert_eq!(said("Week 1 - 2: Backups"), "Backups");
        assert_eq!(
            said("Upgrade to Rails 4.1: the gems"),
            "Upgrade to Rails 4.1: the gems"
        );
        assert_eq!(said("Phase: planning"), "Phase: planning");
    }

    #[test]
    fn a_number_after_a_hash_counts_findings_and_names_no_work() {
        use super::numbers;
        assert_eq!(
            numbers("Issue #6: N+1 query in computeCoverageDelta"),
            numbers("Fix the N+1 query in computeCoverageDelta")
        );
        assert!(numbers("Fix #12 and #3").is_empty());
        assert_eq!(numbers("Upgrade to Rails 4.1"), ["4.1"]);
        assert_eq!(numbers("Migrate service 2 (#4)"), ["2"]);
    }
}
