//! What a load hands back: the roadmap, and the text it came from, kept so
//! that saving can patch the very text the person wrote.

use super::diagnostic::Diagnostic;
use crate::model::Roadmap;
use std::ops::Range;
use std::sync::Arc;
use std::sync::OnceLock;

/// A roadmap file's original text, and once it has been saved, the editable
/// `toml_edit` document that prints as that text.
///
/// Loading uses a lighter, faster parser; the format-preserving document is
/// built on the first save only, then kept so later saves skip the parse.
#[derive(Debug, Clone)]
pub struct Document {
    text: String,
    file_name: String,
    editable: OnceLock<toml_edit::DocumentMut>,
    /// Each task's byte range in `text` (its `[[tasks]]` header up to the
    /// next one), when the file loaded by the fast path: saving then patches
    /// a changed task's text alone (`store::splice`).
    task_ranges: Option<Vec<Range<usize>>>,
    /// Whether the file began with a byte order mark (not part of `text`),
    /// which a save writes back.
    bom: bool,
}

impl Document {
    pub(crate) fn new(text: String, file_name: &str) -> Document {
        Document {
            text,
            file_name: file_name.to_string(),
            editable: OnceLock::new(),
            task_ranges: None,
            bom: false,
        }
    }

    /// Records that the file began with a byte order mark.
    pub(crate) fn set_bom(&mut self, bom: bool) {
        self.bom = bom;
    }

    /// Whether the file began with a byte order mark.
    pub fn has_bom(&self) -> bool {
        self.bom
    }

    /// Records where each task is written (see `task_ranges`).
    pub(crate) fn with_task_ranges(mut self, ranges: Vec<Range<usize>>) -> Document {
        self.task_ranges = Some(ranges);
        self
    }

    /// Where each task is written in the text, if known.
    pub(crate) fn task_ranges(&self) -> Option<&[Range<usize>]> {
        self.task_ranges.as_deref()
    }

    /// Keeps `doc`, which must print exactly as this document's text.
    pub(crate) fn remember(self, doc: toml_edit::DocumentMut) -> Document {
        let _ = self.editable.set(doc);
        self
    }

    /// The name the file was loaded under, as diagnostics print it.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The text exactly as it was read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, given away.
    pub(crate) fn into_text(self) -> String {
        self.text
    }

    /// An editable copy of the document, to patch and print.
    pub(crate) fn editable(&self) -> Result<toml_edit::DocumentMut, toml_edit::TomlError> {
        if let Some(doc) = self.editable.get() {
            return Ok(doc.clone());
        }
        let doc: toml_edit::DocumentMut = self.text.parse()?;
        Ok(doc)
    }
}

/// A roadmap file that loaded: the roadmap, its document, and the warnings
/// (unknown keys, suspicious values) that did not stop the load. The
/// roadmap is shared: the planner works on the same allocation until its
/// first edit, and a save keeps the roadmap it saved rather than a copy.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub roadmap: Arc<Roadmap>,
    pub document: Document,
    pub warnings: Vec<Diagnostic>,
}
