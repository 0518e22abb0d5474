//! The three versions a merge works on: where they are, what to call them
//! in messages and markers, and their bytes.

use super::super::{args::MergeArgs, Failure};
use std::path::PathBuf;

/// Which version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Base,
    Ours,
    Theirs,
}

/// One version: its path and git's label for it, if any.
#[derive(Debug, Clone)]
pub struct Side {
    pub role: Role,
    pub path: PathBuf,
    pub label: Option<String>,
}

/// The three versions, the file's name in messages and where the result goes.
#[derive(Debug, Clone)]
pub struct Sides {
    /// The file as the user knows it: `--name` (git's %P), else the output.
    pub name: String,
    /// Where the result is written: `-o`, else OURS.
    pub out: PathBuf,
    /// Whether git (or someone acting like it) named the file with
    /// `--name`: then the inputs are git's temporary copies.
    by_git: bool,
    own_output: bool,
    pub base: Side,
    pub ours: Side,
    pub theirs: Side,
}

impl Sides {
    pub fn new(args: &MergeArgs) -> Sides {
        let out = args.output.clone().unwrap_or_else(|| args.ours.clone());
        let side = |role, path: &PathBuf, label: &Option<String>, placeholder| Side {
            role,
            path: path.clone(),
            label: label_given(label.as_deref(), placeholder),
        };
        Sides {
            name: args
                .name
                .clone()
                .unwrap_or_else(|| out.display().to_string()),
            by_git: args.name.is_some(),
            own_output: args.output.is_some(),
            out,
            base: side(Role::Base, &args.base, &args.base_label, "%S"),
            ours: side(Role::Ours, &args.ours, &args.ours_label, "%X"),
            theirs: side(Role::Theirs, &args.theirs, &args.theirs_label, "%Y"),
        }
    }

    pub fn get(&self, role: Role) -> &Side {
        match role {
            Role::Base => &self.base,
            Role::Ours => &self.ours,
            Role::Theirs => &self.theirs,
        }
    }

    /// Whether git runs the merge (`--name` given): the inputs are then its
    /// temporary copies, and the index holds the three versions.
    pub fn by_git(&self) -> bool {
        self.by_git
    }

    /// Whether the result goes to a file of its own (`-o`).
    pub fn has_own_output(&self) -> bool {
        self.own_output
    }

    /// Whether git's labels name the sides.
    pub fn labelled(&self) -> bool {
        self.ours.label.is_some() || self.theirs.label.is_some()
    }

    /// What to tell a person to do once the file is settled.
    pub fn then(&self) -> String {
        if self.by_git {
            format!("`roadmap validate {0}`, then `git add {0}`", self.name)
        } else {
            format!("`roadmap validate {}`", self.name)
        }
    }
}

/// A label, unless missing or a placeholder git left as it was (git before
/// 2.44 does not know `%S`, `%X` and `%Y` and passes them on literally).
fn label_given(label: Option<&str>, placeholder: &str) -> Option<String> {
    label
        .filter(|l| !l.trim().is_empty() && *l != placeholder)
        .map(str::to_string)
}

impl Side {
    /// The side in a sentence: `ours`, or git's label for it.
    pub fn called(&self) -> String {
        match &self.label {
            Some(label) => label.clone(),
            None => self.role_word().to_string(),
        }
    }

    fn role_word(&self) -> &'static str {
        match self.role {
            Role::Base => "base",
            Role::Ours => "ours",
            Role::Theirs => "theirs",
        }
    }

    /// "their version (side)", "our version", "the base version".
    pub fn version(&self) -> String {
        let what = match self.role {
            Role::Base => "the base version",
            Role::Ours => "our version",
            Role::Theirs => "their version",
        };
        match &self.label {
            Some(label) => format!("{what} ({label})"),
            None => what.to_string(),
        }
    }

    /// The name diagnostics give this version: the real file's name and
    /// which side (`roadmap.toml (theirs: side)`) when git passed its own
    /// temporary copies, else the path given.
    pub fn file_name(&self, sides: &Sides) -> String {
        if !sides.by_git {
            return self.path.display().to_string();
        }
        match &self.label {
            Some(label) => format!("{} ({}: {label})", sides.name, self.role_word()),
            None => format!("{} ({})", sides.name, self.role_word()),
        }
    }

    /// The command that prints this version during a git merge (the index
    /// holds base, ours and theirs as stages 1, 2 and 3).
    pub fn git_show(&self, sides: &Sides) -> Option<String> {
        let stage = match self.role {
            Role::Base => 1,
            Role::Ours => 2,
            Role::Theirs => 3,
        };
        sides
            .by_git
            .then(|| format!("git show :{stage}:{}", sides.name))
    }
}

/// The bytes of the three versions. Only OURS must be readable: without it
/// there is nothing to merge into. An unreadable base or theirs is kept as
/// its error, for the fallback to deal with.
pub struct Inputs {
    pub base: Result<Vec<u8>, String>,
    pub ours: Vec<u8>,
    pub theirs: Result<Vec<u8>, String>,
}

impl Inputs {
    pub fn read(args: &MergeArgs, sides: &Sides) -> Result<Inputs, Failure> {
        let read =
            |path: &PathBuf| std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
        let ours = read(&args.ours).map_err(|e| {
            Failure::invalid(format!(
                "{}: cannot read {} ({e}); nothing was written: check the path and its permissions",
                sides.name,
                sides.ours.version()
            ))
        })?;
        Ok(Inputs {
            base: read(&args.base),
            ours,
            theirs: read(&args.theirs),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_git_did_not_fill_are_no_labels() {
        assert_eq!(label_given(Some("%X"), "%X"), None);
        assert_eq!(label_given(Some(" "), "%X"), None);
        assert_eq!(label_given(None, "%X"), None);
        assert_eq!(label_given(Some("HEAD"), "%X").as_deref(), Some("HEAD"));
    }
}
