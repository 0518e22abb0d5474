//! The store: load roadmap files with `file:line:col` diagnostics, save them
//! atomically and format-preservingly.
//!
//! Loading ([`load`], [`parse`]) reads the text with `toml`'s borrowed,
//! spanned parse tree and decodes it by hand, so every problem of a file is
//! reported at once at its line and column, then runs the model's validation
//! and places each of its problems the same way.
//!
//! Saving ([`save`], [`render`]) patches a `toml_edit` document of the loaded
//! text value by value, so a check-off changes its `status` line plus a
//! `done_on` line and comments and layout survive; the result must load back
//! to the roadmap being saved before it is written with [`write_atomic`].
//! [`to_toml`] writes new files in canonical form; [`format_canonical`] puts
//! an existing file in that form and keeps its comments. [`save_merging`]
//! saves over a file that changed on disk by merging the change in
//! ([`merge`]: three-way merges by item and field, the git merge driver).

mod atomic;
mod chunks;
mod decode;
mod diagnostic;
mod document;
mod encode;
mod eol;
mod fast;
mod format;
mod keep;
mod load;
mod locate;
mod lock;
mod markers;
pub mod merge;
mod patch;
mod problems;
mod save;
mod schema;
mod splice;
mod strings;

pub use atomic::{write_atomic, write_new};
pub use diagnostic::{Diagnostic, Gravity, LoadError};
pub use document::{Document, Loaded};
pub use encode::to_toml;
pub use format::format_canonical;
pub use keep::link_warning;
pub use load::{load, parse, parse_bytes, parse_reference, parse_version, MAX_FILE_BYTES};
pub use lock::{lock, lock_within, SaveLock, NO_LOCK};
pub use save::{render, save, save_merging, save_new, SaveError, SaveOutcome};
