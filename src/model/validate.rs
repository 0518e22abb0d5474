//! Validation: every problem of a roadmap at once, each with where it is and what to do.
