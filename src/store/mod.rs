//! The store: load roadmap files with `file:line:col` diagnostics, save them atomically and format-preservingly.
