//! The interactive planning session.
