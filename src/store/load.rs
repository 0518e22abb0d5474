//! Reading a roadmap file: bytes to text (refusing binaries, bad UTF-8 and
//! empty files with a clear word), text to TOML, TOML to a checked roadmap.

use super::decode::{decode, Decoder};
use super::diagnostic::{Diagnostic, LineIndex, LoadError};
use super::document::{Document, Loaded};
use super::fast::parse_clean;
use super::markers::conflict_markers;
use super::problems::report_problems;
use crate::model::roadmap::FORMAT_VERSION;
use crate::model::Roadmap;
use std::path::Path;
use std::sync::Arc;

/// Files larger than this are refused before reading. A generated roadmap of
/// 100,000 tasks is 30 MB, so 64 MiB leaves room for twice that; and text the
/// fast loader cannot split falls back to the toml crate, which holds about
/// 38 bytes per byte of dense garbage (1.9 GB for 50 MB), so a higher limit
/// would let a stray file exhaust memory instead of being refused.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Loads and checks the roadmap file at `path`.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let bytes = read_bytes(path, &name)?;
    // The bytes become the document's text as they are: a big file is not
    // held twice, nor checked more than once when it is fine.
    let mut text = match String::from_utf8(bytes) {
        Ok(text) if !looks_binary(text.as_bytes()) => text,
        Ok(text) => return Err(refusal(text.as_bytes(), &name)),
        Err(e) => return Err(refusal(e.as_bytes(), &name)),
    };
    let bom = text.starts_with('\u{feff}');
    if bom {
        text.drain(..'\u{feff}'.len_utf8());
    }
    let mut loaded = parse_owned(text, &name)?;
    loaded.document.set_bom(bom);
    Ok(loaded)
}

/// Why `decode_text` refuses bytes it has been seen to refuse.
fn refusal(bytes: &[u8], name: &str) -> LoadError {
    decode_text(bytes, name)
        .err()
        .unwrap_or_else(|| LoadError::single(Diagnostic::error(name, "the file is not UTF-8 text")))
}

/// Loads roadmap bytes read elsewhere (a version git handed over), with the
/// same refusals as [`load`]; `file_name` is used in diagnostics.
pub fn parse_bytes(bytes: &[u8], file_name: &str) -> Result<Loaded, LoadError> {
    parse(decode_text(bytes, file_name)?, file_name)
}

/// Parses and checks roadmap text; `file_name` is used in diagnostics.
pub fn parse(text: &str, file_name: &str) -> Result<Loaded, LoadError> {
    let (bom, text) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut loaded = parse_owned(text.to_string(), file_name)?;
    loaded.document.set_bom(bom);
    Ok(loaded)
}

/// A version of a roadmap file read from elsewhere (a commit in git's
/// history): its roadmap, or nothing when it is not text or does not load
/// (a commit with conflict markers). Fits `git::versions::Parse`.
pub fn parse_version(bytes: &[u8], file_name: &str) -> Option<Roadmap> {
    let text = std::str::from_utf8(bytes).ok()?;
    parse(text, file_name)
        .ok()
        .map(|l| Arc::unwrap_or_clone(l.roadmap))
}

/// [`parse`] through the whole-document path only, never the fast one: the
/// reference the fast path must agree with, for the differential fuzz target
/// (`fuzz/fuzz_targets/store.rs`) and tests. Not for normal use.
#[doc(hidden)]
pub fn parse_reference(text: &str, file_name: &str) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse_whole(text.to_string(), file_name)
}

/// [`parse`] of text the caller gives away (no copy is made of it).
pub(crate) fn parse_text(text: String, file_name: &str) -> Result<Loaded, LoadError> {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => parse_owned(rest.to_string(), file_name),
        None => parse_owned(text, file_name),
    }
}

/// [`parse`] of text without a byte order mark, kept as the document's text.
fn parse_owned(text: String, file_name: &str) -> Result<Loaded, LoadError> {
    if let Some((roadmap, tasks)) = parse_clean(&text, file_name) {
        return Ok(Loaded {
            roadmap: Arc::new(roadmap),
            document: Document::new(text, file_name).with_task_ranges(tasks),
            warnings: Vec::new(),
        });
    }
    parse_whole(text, file_name)
}

/// Parses the whole document as one TOML tree: the reference path, which
/// reports every problem of the file with its line and column.
pub(crate) fn parse_whole(text: String, file_name: &str) -> Result<Loaded, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::single(
            Diagnostic::error(file_name, "the file is empty").with_help(format!(
                "a roadmap starts with `version = {FORMAT_VERSION}` and a [project] section \
                 with a `name`; `roadmap import REPORT.md` writes one from an audit report"
            )),
        ));
    }
    let root = toml::de::DeTable::parse(&text).map_err(|e| {
        conflict_markers(&text, file_name)
            .unwrap_or_else(|| LoadError::single(syntax_error(&e, &text, file_name)))
    })?;
    let mut decoder = Decoder::new(file_name, &text);
    let roadmap = decode(root.get_ref(), &mut decoder);
    if !decoder.has_errors() {
        // Checks across tables (ids, references, cycles) need a complete roadmap.
        report_problems(&roadmap, root.get_ref(), &mut decoder);
    }
    let failed = decoder.has_errors();
    let diagnostics = decoder.finish();
    drop(root);
    if failed {
        return Err(LoadError { diagnostics });
    }
    Ok(Loaded {
        roadmap: Arc::new(roadmap),
        document: Document::new(text, file_name),
        warnings: diagnostics,
    })
}

fn syntax_error(error: &toml::de::Error, text: &str, file_name: &str) -> Diagnostic {
    let message = error
        .message()
        .trim()
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ");
    let mut d = Diagnostic::error(file_name, format!("invalid TOML: {message}"));
    if let Some(span) = error.span() {
        let (line, col) = LineIndex::new(text).position(span.start);
        d = d.at(line, col);
    }
    d.with_help("fix the syntax at that spot; nothing was changed on disk")
}

fn read_bytes(path: &Path, name: &str) -> Result<Vec<u8>, LoadError> {
    let fail = |message: String, help: &str| {
        LoadError::single(Diagnostic::error(name, message).with_help(help))
    };
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(
            "no such file".into(),
            "check the path; `roadmap import REPORT.md -o FILE` creates a roadmap from a report",
        ),
        _ => fail(
            format!("cannot read the file: {e}"),
            "check its permissions",
        ),
    })?;
    if meta.is_dir() {
        return Err(fail(
            "this is a directory, not a roadmap file".into(),
            "give the path of a .toml file, e.g. roadmap.toml",
        ));
    }
    let too_large = |size: String| {
        fail(
            format!(
                "the file is {size} MB, too large for a roadmap (the limit is {} MB)",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            "roadmap files hold one project (100,000 tasks take about 30 MB); \
             check that this is the right file",
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large((meta.len() / (1024 * 1024)).to_string()));
    }
    // The limit holds while reading too: a pipe or a device (`<(yes)`) has
    // no size to check first, and a file may grow after the check.
    read_at_most(path, MAX_FILE_BYTES)
        .map_err(|e| {
            fail(
                format!("cannot read the file: {e}"),
                "check its permissions",
            )
        })?
        .ok_or_else(|| too_large(format!("more than {}", MAX_FILE_BYTES / (1024 * 1024))))
}

/// The bytes at `path`, or nothing when there are more than `limit`; never
/// reads more than one byte past it.
pub(crate) fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Bytes to text, refusing binary data and invalid UTF-8 with the line where
/// the trouble starts.
pub(crate) fn decode_text<'b>(bytes: &'b [u8], name: &str) -> Result<&'b str, LoadError> {
    let valid = match std::str::from_utf8(bytes) {
        Ok(text) => text.len(),
        Err(e) => e.valid_up_to(),
    };
    // Where either the first NUL byte or the first invalid sequence sits.
    let nul = bytes.iter().position(|b| *b == 0);
    let locate = |offset: usize| {
        let prefix = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        LineIndex::new(prefix).position(offset)
    };
    if looks_binary(bytes) {
        let offset = nul.unwrap_or(valid).min(valid);
        let (line, col) = locate(offset);
        return Err(LoadError::single(
            Diagnostic::error(name, "this is a binary file, not a TOML roadmap")
                .at(line, col)
                .with_help("give the path of the roadmap's .toml file"),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => {
            let (line, col) = locate(valid);
            let bad = bytes[valid..]
                .iter()
                .take(e.error_len().unwrap_or(1).max(1))
                .map(|b| format!("0x{b:02x}"))
                .collect::<Vec<_>>()
                .join(" ");
            Err(LoadError::single(
                Diagnostic::error(name, format!("the file is not valid UTF-8 (byte {bad})"))
                    .at(line, col)
                    .with_help("save the file as UTF-8 text; roadmap reads nothing else"),
            ))
        }
    }
}

/// Text files have no NUL bytes and few control characters; a binary file
/// (an image, a compiled program) has plenty of both.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    !sample.is_empty() && control * 10 > sample.len()
}
