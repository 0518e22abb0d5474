//! Reading many file versions from git in one process: `git cat-file
//! --batch` answers one `REV:PATH` per line, which is far faster than one
//! `git show` per commit on a long history.

use super::{GitError, Repo};

/// The content of each `REV:PATH` spec, `None` where git has no such file.
pub(crate) fn read(repo: &Repo, specs: &[String]) -> Result<Vec<Option<Vec<u8>>>, GitError> {
    if specs.is_empty() {
        return Ok(Vec::new());
    }
    let mut input = Vec::new();
    for spec in specs {
        input.extend_from_slice(spec.as_bytes());
        input.push(b'\n');
    }
    let out = repo.run_with_input(&["cat-file", "--batch"], input)?;
    parse(&out, specs.len()).ok_or_else(|| GitError::Failed {
        args: "cat-file --batch".into(),
        message: "its answer could not be read".into(),
    })
}

/// Splits `--batch` output: `OID TYPE SIZE\nCONTENT\n` per found object,
/// `SPEC missing\n` (or `ambiguous`) otherwise.
fn parse(out: &[u8], count: usize) -> Option<Vec<Option<Vec<u8>>>> {
    let mut found = Vec::with_capacity(count);
    let mut rest = out;
    for _ in 0..count {
        let end = rest.iter().position(|b| *b == b'\n')?;
        let header = std::str::from_utf8(&rest[..end]).ok()?;
        rest = &rest[end + 1..];
        let words: Vec<&str> = header.split(' ').collect();
        match words.as_slice() {
            [_, kind, size] if *kind != "missing" && *kind != "ambiguous" => {
                let size: usize = size.parse().ok()?;
                let content = rest.get(..size)?.to_vec();
                rest = rest.get(size + 1..)?;
                found.push((*kind == "blob").then_some(content));
            }
            _ => found.push(None),
        }
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_found_and_missing_objects() {
        let out = b"abc blob 5\nhello\nHEAD:nope missing\ndef blob 0\n\n";
        assert_eq!(
            parse(out, 3),
            Some(vec![Some(b"hello".to_vec()), None, Some(Vec::new())])
        );
        assert_eq!(parse(b"abc blob 99\nshort\n", 1), None, "a cut answer");
    }
}
