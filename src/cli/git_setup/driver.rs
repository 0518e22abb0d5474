//! The command git runs as the merge driver, and where it finds roadmap.
//!
//! Git runs the driver through the shell of whatever started it: a GUI
//! client or an IDE often has another PATH than the terminal, and a driver
//! that is not found makes git report a conflict while it keeps OURS alone
//! as the merge, silently dropping the other side's changes. So the driver
//! names this binary by its absolute path, and when even that cannot run
//! (moved, deleted, an older roadmap that refuses the flags, killed), the
//! command falls back to `git merge-file`, git's own line merge, so the
//! file ends as it would without a driver. The fallback runs only when
//! roadmap exited with neither 0 (merged) nor 1 (merged with conflicts,
//! already written), so it never overwrites roadmap's own result.

use std::path::{Path, PathBuf};

/// The driver command for the binary at `exe`. `%O %A %B %P` are the base,
/// ours (where the result goes), theirs and the file's path; `%S %X %Y` the
/// labels of base, ours and theirs (git 2.44 and later; older ones pass
/// them on as they are, which roadmap takes as no label). Git quotes each.
pub fn command(exe: &str) -> String {
    let exe = sh_quote(exe);
    format!(
        "{exe} merge %O %A %B --name %P --ours-label %X --base-label %S --theirs-label %Y; \
         s=$?; [ $s -le 1 ] && exit $s; \
         echo \"roadmap: the merge driver could not run (exit $s); \"%P\" is merged line by line \
         (git merge-file) instead: reinstall roadmap and run roadmap git-setup\" >&2; \
         git merge-file -L %X -L %S -L %Y %A %O %B || exit 1"
    )
}

/// `text` as one word for `sh`.
fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The path to record for this binary: the one on PATH when that is this
/// binary (a symlink an upgrade keeps pointing at the new version),
/// else where it runs from.
pub fn this_binary() -> std::io::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let real = exe.canonicalize().unwrap_or_else(|_| exe.clone());
    let name = exe.file_name().map(PathBuf::from).unwrap_or_default();
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .filter(|dir| dir.is_absolute())
            .map(|dir| dir.join(&name))
            .find(|candidate| candidate.canonicalize().is_ok_and(|c| c == real))
    });
    Ok(on_path.unwrap_or(real))
}

/// Why `exe` may not stay where it is, if it may not.
pub fn unstable(exe: &Path, temp: &Path) -> Option<&'static str> {
    let parts: Vec<String> = exe
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let in_build = parts.iter().enumerate().any(|(i, part)| {
        part == "target"
            && parts[i + 1..]
                .iter()
                .any(|later| later == "debug" || later == "release")
    });
    if in_build {
        Some("a cargo build directory, which `cargo clean` or the next build empties or changes")
    } else if exe.starts_with(temp) {
        Some("a temporary directory, which the system empties")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_is_one_shell_word_whatever_it_holds() {
        assert_eq!(sh_quote("/opt/my tools/roadmap"), "'/opt/my tools/roadmap'");
        assert_eq!(
            sh_quote("/home/o'neil/roadmap"),
            r"'/home/o'\''neil/roadmap'"
        );
        assert!(command("/usr/bin/roadmap").starts_with(
            "'/usr/bin/roadmap' merge %O %A %B --name %P --ours-label %X --base-label %S --theirs-label %Y;"
        ));
    }

    #[test]
    fn build_and_temporary_directories_are_not_stable() {
        let temp = Path::new("/tmp");
        assert!(unstable(Path::new("/src/roadmap/target/debug/roadmap"), temp).is_some());
        assert!(unstable(
            Path::new("/src/target/x86_64-unknown-linux-gnu/release/roadmap"),
            temp
        )
        .is_some());
        assert!(unstable(Path::new("/tmp/x/roadmap"), temp).is_some());
        assert_eq!(
            unstable(Path::new("/home/ana/.cargo/bin/roadmap"), temp),
            None
        );
        assert_eq!(unstable(Path::new("/usr/local/bin/roadmap"), temp), None);
    }
}
