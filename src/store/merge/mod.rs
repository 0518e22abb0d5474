//! Three-way merges of roadmaps, by item and field.

pub(crate) mod marker;
