//! Editing text in the user's own editor, as taskwarrior-tui and lazygit
//! do: `$VISUAL`, else `$EDITOR`, else `vi`, on a temporary file. The
//! command is run by `sh` with the file's path as its argument, so a value
//! with arguments (`code --wait`, `emacsclient -t`) works as it does for
//! git. Suspending the terminal around it is the caller's business
//! (`terminal::suspend` / `resume`); here is only the file and the process.

use std::ffi::OsString;
use std::io::Write;
use std::process::Command;

/// The editor command: `visual` if set and not blank, else `editor`, else
/// `vi` (git's order).
pub fn command(visual: Option<OsString>, editor: Option<OsString>) -> String {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|v| v.to_string_lossy().trim().to_string())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// The editor command from this process's environment.
pub fn command_from_env() -> String {
    command(std::env::var_os("VISUAL"), std::env::var_os("EDITOR"))
}

/// Writes `text` to a temporary file, runs `command` on it and waits, and
/// returns the file's text as the editor left it. An editor that cannot be
/// started, exits with a failure, or leaves text that is not UTF-8 gives
/// the reason instead, in words for the footer; the temporary file is
/// removed either way.
pub fn edit(command: &str, text: &str) -> Result<String, String> {
    let mut file = tempfile::Builder::new()
        .prefix("roadmap-notes-")
        .suffix(".md")
        .tempfile()
        .map_err(|e| format!("cannot make a temporary file for the editor: {e}"))?;
    let mut contents = text.to_string();
    // Editors expect a last line break; the one they keep is trimmed again.
    if !contents.is_empty() && !contents.ends_with('\n') {
        contents.push('\n');
    }
    file.write_all(contents.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|e| format!("cannot write the temporary file for the editor: {e}"))?;
    let path = file.path().to_path_buf();
    // `sh -c 'CMD "$1"' sh PATH`: the command split as the shell splits
    // it, the path passed as it is (spaces and quotes need no escaping).
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status()
        .map_err(|e| format!("cannot run the editor `{command}` through sh: {e}"))?;
    match status.code() {
        Some(0) => {}
        // The shell's "command not found" / "not executable".
        Some(127 | 126) => {
            return Err(format!(
                "the editor `{command}` could not be started (set $VISUAL or $EDITOR)"
            ))
        }
        Some(code) => return Err(format!("the editor `{command}` exited with status {code}")),
        None => return Err(format!("the editor `{command}` was stopped by a signal")),
    }
    let bytes =
        std::fs::read(&path).map_err(|e| format!("cannot read back what the editor saved: {e}"))?;
    String::from_utf8(bytes).map_err(|_| "the editor saved text that is not UTF-8".to_string())
}

/// Notes as the user left them in the editor: the line breaks an editor
/// adds at the end (and blank lines around) dropped, as the form drops
/// them; nothing left is no notes.
pub fn notes_from(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.replace("\r\n", "\n"))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A script editor in `dir` running `body` (with `$1` the file).
    fn script(dir: &std::path::Path, name: &str, body: &str) -> String {
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        format!("'{}'", path.display())
    }

    #[test]
    fn visual_comes_before_editor_before_vi() {
        let s = |v: &str| Some(OsString::from(v));
        assert_eq!(command(s("code --wait"), s("nano")), "code --wait");
        assert_eq!(command(None, s("nano")), "nano");
        assert_eq!(command(s("  "), s("nano")), "nano", "a blank VISUAL");
        assert_eq!(command(None, None), "vi");
    }

    #[test]
    fn the_editor_gets_the_text_and_what_it_saves_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let editor = script(dir.path(), "ed.sh", r#"echo "a second line" >> "$1""#);
        let out = edit(&editor, "first line").unwrap();
        assert_eq!(out, "first line\na second line\n");
        assert_eq!(
            notes_from(&out).as_deref(),
            Some("first line\na second line")
        );
    }

    #[test]
    fn an_editor_with_arguments_runs_through_the_shell() {
        let dir = tempfile::tempdir().unwrap();
        // As `code --wait`: the first word the program, the rest arguments.
        let editor = script(dir.path(), "with args.sh", r#"echo "$1 $2" > "$3""#);
        let out = edit(&format!("{editor} --wait -n"), "x").unwrap();
        assert_eq!(out, "--wait -n\n");
    }

    #[test]
    fn a_failing_or_missing_editor_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let editor = script(dir.path(), "fail.sh", r#"echo changed > "$1"; exit 3"#);
        let err = edit(&editor, "notes").unwrap_err();
        assert!(err.contains("exited with status 3"), "{err}");
        let err = edit("/no/such/editor-here", "notes").unwrap_err();
        assert!(err.contains("could not be started"), "{err}");
        let editor = script(dir.path(), "bytes.sh", r#"printf '\377\376' > "$1""#);
        let err = edit(&editor, "notes").unwrap_err();
        assert!(err.contains("not UTF-8"), "{err}");
    }

    #[test]
    fn emptied_notes_are_none() {
        assert_eq!(notes_from("\n \n"), None);
        assert_eq!(notes_from("a\r\nb\n\n").as_deref(), Some("a\nb"));
    }
}
