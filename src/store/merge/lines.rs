//! The line merge git does for any text file, for when a merge by item is
//! impossible (a side that does not load, an error inside the driver): the
//! same hunks merge cleanly, and each overlapping change is written between
//! `git merge-file`'s markers, in git's default style (no base section):
//!
//! ```text
//! <<<<<<< OURS-LABEL
//! our lines
//! =======
//! their lines
//! >>>>>>> THEIRS-LABEL
//! ```
//!
//! `diffy` does the three-way merge. Two things are added to match git:
//! the sides' own labels (diffy always writes `ours` / `theirs`), and the
//! shape of the conflicts that `git merge-file` gives them (see [`relabel`]).
//! Both need the markers diffy wrote told apart from the files' own lines,
//! so diffy writes markers longer than any run of marker characters
//! starting a line of the inputs; they are rewritten to git's seven
//! characters. `tests/merge_lines_git.rs` compares the result with
//! `git merge-file` on generated edits.

use diffy::{ConflictStyle, DiffOptions, HunkRange, IncompleteHunkStyle, MergeOptions};

/// The outcome of a line merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineMerge {
    /// The merged text, with conflict markers where the sides overlap.
    pub text: Vec<u8>,
    /// How many conflicts it holds; 0 when the sides merged cleanly.
    pub conflicts: usize,
}

/// Git's marker length (`conflict-marker-size`, default 7).
const GIT_MARKER: usize = 7;

/// Merges `ours` and `theirs`, two descendants of `base`, line by line.
/// The labels go after the opening and closing markers, as git's `-L`.
pub fn merge_lines(
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
    ours_label: &str,
    theirs_label: &str,
) -> LineMerge {
    let length = marker_length(&[base, ours, theirs]);
    let mut options = MergeOptions::new();
    options
        .set_conflict_style(ConflictStyle::Merge)
        .set_conflict_marker_length(length)
        .set_incomplete_hunk_style(IncompleteHunkStyle::Git);
    match options.merge_bytes(base, ours, theirs) {
        Ok(text) => LineMerge { text, conflicts: 0 },
        Err(marked) => relabel(&marked, length, ours_label, theirs_label),
    }
}

/// A marker length no line of the inputs can be mistaken for: longer than
/// the longest run of one marker character at the start of any line.
fn marker_length(inputs: &[&[u8]]) -> usize {
    let longest = inputs
        .iter()
        .flat_map(|text| text.split(|b| *b == b'\n'))
        .map(|line| match line.first() {
            Some(c) if b"<|=>".contains(c) => line.iter().take_while(|b| *b == c).count(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    (longest + 1).max(GIT_MARKER + 1)
}

/// A stretch of the merged text: lines taken as they are, or a conflict.
enum Piece<'a> {
    Lines(Vec<&'a [u8]>),
    Conflict(Vec<&'a [u8]>, Vec<&'a [u8]>),
}

/// Rewrites diffy's long markers as git's, with the labels, after shaping
/// the conflicts as `git merge-file` does: lines both sides of a conflict
/// share are moved out of it, and then two conflicts
/// with at most three lines between them, or only lines without a letter
/// or digit, become one (which reads no longer and is simpler to settle).
fn relabel(marked: &[u8], length: usize, ours_label: &str, theirs_label: &str) -> LineMerge {
    let pieces = fold(refine(split(marked, length)));
    let mut out = Vec::with_capacity(marked.len());
    let mut conflicts = 0;
    for piece in pieces {
        match piece {
            Piece::Lines(lines) => lines.iter().for_each(|l| out.extend_from_slice(l)),
            Piece::Conflict(ours, theirs) => {
                conflicts += 1;
                push_marker(&mut out, '<', ours_label);
                ours.iter().for_each(|l| out.extend_from_slice(l));
                push_marker(&mut out, '=', "");
                theirs.iter().for_each(|l| out.extend_from_slice(l));
                push_marker(&mut out, '>', theirs_label);
            }
        }
    }
    LineMerge {
        text: out,
        conflicts,
    }
}

/// diffy's output cut at its markers.
fn split(marked: &[u8], length: usize) -> Vec<Piece<'_>> {
    let marker = |c: u8, label: &str| {
        let mut m = vec![c; length];
        if !label.is_empty() {
            m.push(b' ');
            m.extend_from_slice(label.as_bytes());
        }
        m
    };
    let (open, middle, close) = (
        marker(b'<', "ours"),
        marker(b'=', ""),
        marker(b'>', "theirs"),
    );
    let mut pieces = Vec::new();
    let mut plain = Vec::new();
    let mut lines = marked.split_inclusive(|b| *b == b'\n');
    while let Some(line) = lines.next() {
        if trim_newline(line) != open.as_slice() {
            plain.push(line);
            continue;
        }
        pieces.push(Piece::Lines(std::mem::take(&mut plain)));
        let ours = lines
            .by_ref()
            .take_while(|l| trim_newline(l) != middle.as_slice())
            .collect();
        let theirs = lines
            .by_ref()
            .take_while(|l| trim_newline(l) != close.as_slice())
            .collect();
        pieces.push(Piece::Conflict(ours, theirs));
    }
    pieces.push(Piece::Lines(plain));
    pieces
}

/// Splits each conflict where its two sides share lines: a diff of ours
/// against theirs within the conflict, whose equal stretches are taken as
/// they are and whose changes stay conflicts (git's `xdl_refine_conflicts`).
/// The shared edges of a conflict leave it so; and with no base, where the
/// whole file is one conflict, only the lines that differ conflict.
fn refine(pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let Piece::Conflict(ours, theirs) = piece else {
            out.push(piece);
            continue;
        };
        let (o_text, t_text) = (ours.concat(), theirs.concat());
        let patch = DiffOptions::new()
            .set_context_len(0)
            .create_patch_bytes(&o_text, &t_text);
        let (mut o_at, mut t_at) = (0, 0);
        for hunk in patch.hunks() {
            let (o, t) = (zero_based(hunk.old_range()), zero_based(hunk.new_range()));
            out.push(Piece::Lines(ours[o_at..o.start].to_vec()));
            out.push(Piece::Conflict(
                ours[o.clone()].to_vec(),
                theirs[t.clone()].to_vec(),
            ));
            (o_at, t_at) = (o.end, t.end);
        }
        debug_assert_eq!(ours.len() - o_at, theirs.len() - t_at);
        out.push(Piece::Lines(ours[o_at..].to_vec()));
    }
    out
}

/// A hunk's lines as indices from 0 (a unified diff counts from 1, and an
/// empty range names the line before it).
fn zero_based(range: HunkRange) -> std::ops::Range<usize> {
    let start = if range.is_empty() {
        range.start()
    } else {
        range.start() - 1
    };
    start..start + range.len()
}

/// Joins conflicts separated by at most three lines, or by lines with no
/// letter or digit, into one; runs of plain lines become one piece.
fn fold(pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    let mut out: Vec<Piece<'_>> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match (out.last_mut(), piece) {
            (Some(Piece::Lines(last)), Piece::Lines(lines)) => last.extend(lines),
            (_, Piece::Lines(lines)) => out.push(Piece::Lines(lines)),
            (_, Piece::Conflict(ours, theirs)) => {
                let n = out.len();
                let between = match (n.checked_sub(2).map(|i| &out[i]), out.last()) {
                    (Some(Piece::Conflict(..)), Some(Piece::Lines(gap))) => Some(gap),
                    _ => None,
                };
                let joins = between.is_some_and(|gap| {
                    gap.len() <= 3 || !gap.iter().any(|l| l.iter().any(u8::is_ascii_alphanumeric))
                });
                if !joins {
                    out.push(Piece::Conflict(ours, theirs));
                    continue;
                }
                let Some(Piece::Lines(gap)) = out.pop() else {
                    unreachable!("checked above")
                };
                if let Some(Piece::Conflict(o, t)) = out.last_mut() {
                    o.extend(gap.iter().copied());
                    o.extend(ours);
                    t.extend(gap);
                    t.extend(theirs);
                }
            }
        }
    }
    out.retain(|p| !matches!(p, Piece::Lines(lines) if lines.is_empty()));
    out
}

/// Appends a git marker line; a side ending in an incomplete line gets its
/// newline first, so that the marker starts a line (as git does).
fn push_marker(out: &mut Vec<u8>, c: char, label: &str) {
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend(std::iter::repeat_n(c as u8, GIT_MARKER));
    if !label.is_empty() {
        out.push(b' ');
        out.extend_from_slice(label.as_bytes());
    }
    out.push(b'\n');
}

fn trim_newline(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\n").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merge(base: &str, ours: &str, theirs: &str) -> (String, usize) {
        let m = merge_lines(
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
            "HEAD",
            "side",
        );
        (String::from_utf8(m.text).unwrap(), m.conflicts)
    }

    #[test]
    fn changes_apart_merge_cleanly() {
        let (text, n) = merge("a\nb\nc\nd\ne\n", "a\nB\nc\nd\ne\n", "a\nb\nc\nD\ne\n");
        assert_eq!((text.as_str(), n), ("a\nB\nc\nD\ne\n", 0));
    }

    #[test]
    fn overlapping_changes_are_marked_with_the_labels_and_shared_edges_left_out() {
        let (text, n) = merge("a\nb\nc\nd\n", "a\nB\nX\nd\n", "a\nB\nY\nd\n");
        assert_eq!(
            text, "a\nB\n<<<<<<< HEAD\nX\n=======\nY\n>>>>>>> side\nd\n",
            "B, changed alike on both sides, is no part of the conflict"
        );
        assert_eq!(n, 1);
    }

    #[test]
    fn a_missing_last_newline_still_puts_markers_on_their_own_lines() {
        let (text, n) = merge("a\nb", "a\nB", "a\nC");
        assert_eq!(text, "a\n<<<<<<< HEAD\nB\n=======\nC\n>>>>>>> side\n");
        assert_eq!(n, 1);
    }

    #[test]
    fn lines_that_look_like_markers_are_left_as_they_are() {
        // A file that already holds markers (an earlier conflict committed
        // by mistake): the new markers are told apart from the old ones.
        let base = "<<<<<<< old\nx\n=======\ny\n>>>>>>> old\nz\n";
        let ours = base.replace("z\n", "Z1\n");
        let theirs = base.replace("z\n", "Z2\n");
        let (text, n) = merge(base, &ours, &theirs);
        assert_eq!(
            text,
            "<<<<<<< old\nx\n=======\ny\n>>>>>>> old\n<<<<<<< HEAD\nZ1\n=======\nZ2\n>>>>>>> side\n"
        );
        assert_eq!(n, 1);
    }

    #[test]
    fn no_common_ancestor_keeps_both_sides_whole_where_they_differ() {
        let (text, n) = merge("", "x\ny\n", "x\nz\n");
        assert_eq!(text, "x\n<<<<<<< HEAD\ny\n=======\nz\n>>>>>>> side\n");
        assert_eq!(n, 1);
    }

    #[test]
    fn conflicts_close_together_become_one_as_in_git() {
        let three = merge(
            "a\nb\nc\nd\ne\nf\ng\n",
            "a\nO1\nc\nd\ne\nO2\ng\n",
            "a\nT1\nc\nd\ne\nT2\ng\n",
        );
        assert_eq!(
            three,
            (
                "a\n<<<<<<< HEAD\nO1\nc\nd\ne\nO2\n=======\nT1\nc\nd\ne\nT2\n>>>>>>> side\ng\n"
                    .into(),
                1
            )
        );
        let (_, four) = merge(
            "a\nb\nc\nd\ne\nf\ng\nh\n",
            "a\nO1\nc\nd\ne\nf\nO2\nh\n",
            "a\nT1\nc\nd\ne\nf\nT2\nh\n",
        );
        assert_eq!(four, 2, "four lines between keep them apart");
        let (_, blank) = merge(
            "a\nb\n\n\n\n\nf\ng\n",
            "a\nO1\n\n\n\n\nO2\ng\n",
            "a\nT1\n\n\n\n\nT2\ng\n",
        );
        assert_eq!(blank, 1, "lines with no letter or digit do not");
    }

    #[test]
    fn the_marker_length_outgrows_the_inputs_runs() {
        assert_eq!(marker_length(&[b"a\n<<<\n"]), 8);
        assert_eq!(marker_length(&[b"a\n", b"==========\n"]), 11);
    }
}
