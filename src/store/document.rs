//! What a load hands back: the roadmap, and the document it came from, kept
//! so that saving can patch the very text the person wrote.

use super::diagnostic::Diagnostic;
use crate::model::Roadmap;

/// The parsed TOML of a roadmap file (with the position of every value) and
/// its original text.
#[derive(Debug, Clone)]
pub struct Document {
    parsed: toml_edit::Document<String>,
    file_name: String,
}

impl Document {
    pub(crate) fn new(parsed: toml_edit::Document<String>, file_name: &str) -> Document {
        Document {
            parsed,
            file_name: file_name.to_string(),
        }
    }

    /// The name the file was loaded under, as diagnostics print it.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The text exactly as it was read.
    pub fn text(&self) -> &str {
        self.parsed.raw()
    }

    /// An editable copy; made only when something is about to be written.
    pub(crate) fn editable(&self) -> toml_edit::DocumentMut {
        self.parsed.clone().into_mut()
    }
}

/// A roadmap file that loaded: the roadmap, its document, and the warnings
/// (unknown keys, suspicious values) that did not stop the load.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub roadmap: Roadmap,
    pub document: Document,
    pub warnings: Vec<Diagnostic>,
}
