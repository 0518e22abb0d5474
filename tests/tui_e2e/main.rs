//! The smoke run of the real terminal: the `roadmap` binary runs inside
//! tmux; keys go in with `send-keys`, the screen comes back with
//! `capture-pane`. What only a real terminal and a real process show lives
//! here (the first frame, the watcher, the worker thread, the operating
//! system's save faults); the flows themselves run on the headless
//! harness, `tests/tui_flows/`. tmux is required: without it these tests
//! fail (CI installs it), they never skip.

#[cfg(unix)]
#[path = "../support/faults.rs"]
mod faults;
mod head_edits;
mod keys;
mod meeting;
mod notes;
mod reload;
mod review;
mod review_into;
#[cfg(unix)]
mod save_faults;
mod session;
mod timeline;
#[path = "../support/tmux.rs"]
mod tmux;
mod whatif;
