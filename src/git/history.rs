//! A roadmap file's history in git.
