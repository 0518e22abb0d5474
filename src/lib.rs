//! `roadmap`: a terminal planner for the phased, prioritised plans that come out
//! of technical audits.
//!
//! Dependencies point inward: `model` is pure; `store`, `import`, `export`,
//! `theme`, `cli` and `tui` are built around it; `git` runs git for the
//! commands that work with the repository a roadmap lives in.

pub mod cli;
pub mod export;
pub mod git;
pub mod import;
pub mod model;
pub mod store;
pub mod theme;
pub mod tui;
