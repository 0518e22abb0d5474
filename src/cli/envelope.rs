//! The one JSON envelope of every command's `--json` (README.md, "JSON
//! output"): an object with `command` (the subcommand's name) and `ok`,
//! then the command's own keys. A command that fails prints, besides its
//! message on stderr, `{"command", "ok": false, "exit_code", "error"}`, so
//! a script reads one object on stdout whatever happened. `status --json`
//! keeps its older flat keys (a contract) and is not wrapped.

use super::task_lines::print_value;
use super::{Failure, Outcome};
use serde_json::{json, Map, Value};

/// Prints `{"command": command, "ok": ok, ...fields}`.
pub fn print(command: &str, ok: bool, fields: Value) -> Outcome {
    let mut object = Map::new();
    object.insert("command".into(), json!(command));
    object.insert("ok".into(), json!(ok));
    if let Value::Object(fields) = fields {
        object.extend(fields);
    }
    print_value(&Value::Object(object))
}

/// Prints the envelope of a failed command.
pub fn failure(command: &str, failure: &Failure) {
    // A write error here has nowhere better to go: the message is on stderr.
    let _ = print(
        command,
        false,
        json!({"exit_code": failure.code, "error": failure.message}),
    );
}
