//! Where `import`, `export` and `gen` write (`-o OUT`): stdout without `-o`
//! or with `-o -`; otherwise a file, which is never the command's own input
//! and, unless `--force`, never an existing file. Devices and named pipes
//! are written to as they are (`-o /dev/null`), never replaced.

use super::{output, Failure, Outcome};
use crate::store;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
}

impl Destination {
    /// `-o` as given: absent or `-` is stdout.
    pub fn from_arg(output: Option<&Path>) -> Destination {
        match output {
            None => Destination::Stdout,
            Some(p) if p == Path::new("-") => Destination::Stdout,
            Some(p) => Destination::File(p.to_path_buf()),
        }
    }

    /// Refuses a file output that is one of `inputs` (whatever `force`
    /// says: it would be read and overwritten at once), or that exists and
    /// `force` is not given. `what` names the option (`-o`, `--report`).
    pub fn check(&self, what: &str, inputs: &[&Path], force: bool) -> Outcome {
        let Destination::File(path) = self else {
            return Ok(());
        };
        if let Some(input) = inputs.iter().find(|input| same_file(path, input)) {
            return Err(Failure::invalid(format!(
                "{}: {what} names the input {} itself; nothing was written: write to another file",
                path.display(),
                input.display()
            )));
        }
        if !force && is_regular(path) {
            return Err(already_exists(path));
        }
        Ok(())
    }

    /// Writes `text`: to stdout with file data escaped when `escape` (text
    /// meant for a terminal), as it is otherwise (JSON and TOML escape
    /// themselves, and a file keeps its data as it is).
    pub fn write(&self, text: &str, escape: bool, force: bool) -> Outcome {
        match self {
            Destination::Stdout if escape => output::text(text),
            Destination::Stdout => output::data(text),
            Destination::File(path) => {
                let written = if force {
                    store::write_atomic(path, text.as_bytes())
                } else {
                    store::write_new(path, text.as_bytes())
                };
                written.map_err(|e| match e.kind() {
                    ErrorKind::AlreadyExists => already_exists(path),
                    _ => Failure::invalid(format!(
                        "{}: not written: {e}; check the folder exists and is writable, \
                         and that the disk has room",
                        path.display()
                    )),
                })
            }
        }
    }
}

fn already_exists(path: &Path) -> Failure {
    Failure::invalid(format!(
        "{}: already exists; nothing was written: give another path, or --force to replace it",
        path.display()
    ))
}

fn is_regular(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// Whether `a` and `b` are the same file (through symlinks, `..`, or hard
/// links), or the same path in the same folder when one does not exist yet.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => same_identity(&a, &b),
        _ => place(a).is_some_and(|pa| place(b) == Some(pa)),
    }
}

/// The real folder and the name of a path that may not exist.
fn place(path: &Path) -> Option<(PathBuf, std::ffi::OsString)> {
    let name = path.file_name()?.to_os_string();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some((std::fs::canonicalize(dir).ok()?, name))
}

#[cfg(unix)]
fn same_identity(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_identity(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.len() == b.len()
        && a.modified().ok() == b.modified().ok()
        && a.created().ok() == b.created().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_or_nothing_is_stdout() {
        assert_eq!(Destination::from_arg(None), Destination::Stdout);
        assert_eq!(
            Destination::from_arg(Some(Path::new("-"))),
            Destination::Stdout
        );
        assert_eq!(
            Destination::from_arg(Some(Path::new("./-"))),
            Destination::File(PathBuf::from("./-"))
        );
    }

    #[test]
    fn the_input_itself_is_refused_even_with_force_and_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("plan.toml");
        std::fs::write(&input, "x").unwrap();
        let link = dir.path().join("link.toml");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&input, &link).unwrap();
        #[cfg(not(unix))]
        std::fs::hard_link(&input, &link).unwrap();
        for out in [&input, &link] {
            let failure = Destination::File(out.clone())
                .check("-o", &[&input], true)
                .unwrap_err();
            assert_eq!(failure.code, 1);
            assert!(
                failure.message.contains("names the input"),
                "{}",
                failure.message
            );
        }
        let other = dir.path().join("other.toml");
        Destination::File(other.clone())
            .check("-o", &[&input], false)
            .unwrap();
        std::fs::write(&other, "y").unwrap();
        let failure = Destination::File(other.clone())
            .check("-o", &[&input], false)
            .unwrap_err();
        assert!(failure.message.contains("--force"), "{}", failure.message);
        Destination::File(other)
            .check("-o", &[&input], true)
            .unwrap();
    }
}
