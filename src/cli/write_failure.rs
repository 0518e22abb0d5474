//! What a command says when it cannot write the roadmap back: what failed
//! (the store's error names the step, the path and why), that the file is
//! unchanged, and what to do about it, written for the shell.

use super::Failure;
use crate::store::SaveError;
use std::io::ErrorKind;
use std::path::Path;

/// The failure of saving `file` in place; `rerun` is the command to run on
/// a copy, with `{}` where the copy's path goes (e.g. `roadmap check {} deploy`).
pub fn save_failed(file: &Path, error: &SaveError, rerun: &str) -> Failure {
    match error {
        SaveError::Io { source, .. } => write_failed(file, source, rerun),
        other => Failure::invalid(format!(
            "{}: the file is unchanged: {other}",
            file.display()
        )),
    }
}

/// The failure of writing `file` in place through `store::write_atomic`.
pub fn write_failed(file: &Path, error: &std::io::Error, rerun: &str) -> Failure {
    let mut message = format!(
        "{}: not saved, the file is unchanged: {error}",
        file.display()
    );
    if let Some(hint) = what_to_do(file, error.kind(), rerun) {
        message.push('\n');
        message.push_str(&hint);
    }
    Failure::invalid(message)
}

fn what_to_do(file: &Path, kind: ErrorKind, rerun: &str) -> Option<String> {
    let name = file.file_name()?.to_string_lossy();
    let copy = format!("$HOME/{name}");
    let elsewhere = format!(
        "cp {} {copy} && {}",
        shell_word(&file.display().to_string()),
        rerun.replace("{}", &copy)
    );
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => ".".to_string(),
    };
    match kind {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => Some(format!(
            "Make the file and its folder ({folder}) writable for you, \
             or work on a copy somewhere writable: {elsewhere}"
        )),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
            Some(format!(
                "Free some space on that disk (saving needs room for a second copy of the \
                 file while it writes) and run the command again, \
                 or work on a copy on another disk: {elsewhere}"
            ))
        }
        _ => None,
    }
}

/// `word`, quoted for a POSIX shell when it needs it.
pub fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    fn io_failure(kind: ErrorKind) -> String {
        let e = io::Error::new(
            kind,
            "/srv/plans/plan.toml cannot be written: permission denied",
        );
        write_failed(
            Path::new("/srv/plans/plan.toml"),
            &e,
            "roadmap check {} deploy",
        )
        .message
    }

    #[test]
    fn a_permission_error_says_how_to_save_elsewhere() {
        let m = io_failure(ErrorKind::PermissionDenied);
        assert!(
            m.starts_with("/srv/plans/plan.toml: not saved, the file is unchanged: "),
            "{m}"
        );
        assert!(m.contains("folder (/srv/plans) writable"), "{m}");
        assert!(
            m.contains(
                "cp /srv/plans/plan.toml $HOME/plan.toml && roadmap check $HOME/plan.toml deploy"
            ),
            "{m}"
        );
    }

    #[test]
    fn a_full_disk_says_to_free_space() {
        let m = io_failure(ErrorKind::StorageFull);
        assert!(m.contains("Free some space on that disk"), "{m}");
    }

    #[test]
    fn other_errors_carry_no_guess() {
        let m = io_failure(ErrorKind::Other);
        assert!(!m.contains('\n'), "{m}");
    }

    #[test]
    fn odd_paths_are_quoted_for_the_shell() {
        assert_eq!(shell_word("a b/it's.toml"), r"'a b/it'\''s.toml'");
        assert_eq!(shell_word("plans/q1.toml"), "plans/q1.toml");
    }
}
