//! `roadmap`: a terminal planner for the phased, prioritised plans that come out
//! of technical audits.
//!
//! Dependencies point inward: `model` is pure; `store`, `import`, `export`,
//! `theme`, `cli` and `tui` are built around it.

pub mod cli;
pub mod export;
pub mod gen;
pub mod import;
pub mod model;
pub mod store;
pub mod theme;
pub mod tui;
