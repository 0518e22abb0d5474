//! Markdown audit report → roadmap (`roadmap import`).
