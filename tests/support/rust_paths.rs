//! Every path a Rust source file names (`crate::store::Loaded`,
//! `super::super::model`, `std::{fs, io}`), with its line, as the compiler
//! would read it: comments, strings and character literals are skipped,
//! `{…}` groups are expanded, and `super::` is resolved against the module
//! the path sits in (inline `mod name { … }` blocks included).
//!
//! It is a lexer, not a parser: enough of Rust's token rules to never mistake
//! text for code, and no more.

/// One path as written, its groups expanded: `use a::{b, c::d}` gives
/// `a::b` and `a::c::d`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub line: usize,
    pub segments: Vec<String>,
    /// The module the path is written in, from the crate root
    /// (`["store", "merge", "save"]`, plus any inline modules).
    pub module: Vec<String>,
}

impl Path {
    /// The path from the crate root, when it names something of this crate
    /// (`crate::…`, or `super::…` climbing to or within it); `None` for a
    /// path into another crate or a name in scope.
    pub fn in_crate(&self) -> Option<Vec<String>> {
        let first = self.segments.first()?;
        match first.as_str() {
            "crate" => Some(self.segments[1..].to_vec()),
            "super" => {
                let ups = self.segments.iter().take_while(|s| *s == "super").count();
                let keep = self.module.len().checked_sub(ups)?;
                let mut full = self.module[..keep].to_vec();
                full.extend_from_slice(&self.segments[ups..]);
                Some(full)
            }
            "self" => {
                let mut full = self.module.clone();
                full.extend_from_slice(&self.segments[1..]);
                Some(full)
            }
            _ => None,
        }
    }

    pub fn text(&self) -> String {
        self.segments.join("::")
    }
}

/// The module a file under `src/` is: `store/merge/save.rs` → `store::merge::save`,
/// `store/mod.rs` → `store`, `lib.rs` → the root.
pub fn module_of(relative: &str) -> Vec<String> {
    let trimmed = relative.strip_suffix(".rs").unwrap_or(relative);
    let mut parts: Vec<String> = trimmed.split('/').map(str::to_string).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Every path in `text`, a file of module `module`.
pub fn paths(text: &str, module: &[String]) -> Vec<Path> {
    let tokens = lex(text);
    let mut found = Vec::new();
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i].kind {
            Kind::Open => depth += 1,
            Kind::Close => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
            }
            Kind::Ident(word) if word == "mod" => {
                if let (Some(Kind::Ident(name)), Some(Kind::Open)) = (
                    tokens.get(i + 1).map(|t| &t.kind),
                    tokens.get(i + 2).map(|t| &t.kind),
                ) {
                    inline.push((name.clone(), depth));
                }
            }
            Kind::Ident(_) if starts_path(&tokens, i) => {
                let mut here = module.to_vec();
                here.extend(inline.iter().map(|(name, _)| name.clone()));
                let (trees, next) = tree(&tokens, i);
                for (line, segments) in trees {
                    found.push(Path {
                        line,
                        segments,
                        module: here.clone(),
                    });
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// An identifier followed by `::` that does not continue a path before it.
fn starts_path(tokens: &[Token], i: usize) -> bool {
    let after = matches!(tokens.get(i + 1).map(|t| &t.kind), Some(Kind::Colons));
    let continues = i > 0 && matches!(tokens[i - 1].kind, Kind::Colons);
    after && !continues
}

/// The paths of the tree starting at `i` (`a::b::{c, d::e}`), each with the
/// line of its last segment's group item; and the index after the tree.
fn tree(tokens: &[Token], mut i: usize) -> (Vec<(usize, Vec<String>)>, usize) {
    let mut prefix = Vec::new();
    let mut line = tokens.get(i).map_or(0, |t| t.line);
    loop {
        match tokens.get(i).map(|t| &t.kind) {
            Some(Kind::Ident(word)) => {
                prefix.push(word.clone());
                i += 1;
            }
            Some(Kind::Star) => {
                prefix.push("*".into());
                return (vec![(line, prefix)], i + 1);
            }
            Some(Kind::Open) => {
                let (items, next) = group(tokens, i + 1);
                let expanded = items
                    .into_iter()
                    .map(|(l, rest)| {
                        let mut full = prefix.clone();
                        full.extend(rest);
                        (l, full)
                    })
                    .collect();
                return (expanded, next);
            }
            _ => return (vec![(line, prefix)], i),
        }
        if matches!(tokens.get(i).map(|t| &t.kind), Some(Kind::Colons)) {
            i += 1;
            line = tokens.get(i).map_or(line, |t| t.line);
        } else {
            return (vec![(line, prefix)], i);
        }
    }
}

/// The items of a `{…}` group starting after its `{`; the index after its `}`.
fn group(tokens: &[Token], mut i: usize) -> (Vec<(usize, Vec<String>)>, usize) {
    let mut items = Vec::new();
    loop {
        match tokens.get(i).map(|t| &t.kind) {
            None => return (items, i),
            Some(Kind::Close) => return (items, i + 1),
            Some(Kind::Comma) => i += 1,
            Some(Kind::Ident(_) | Kind::Star | Kind::Open) => {
                let (trees, next) = tree(tokens, i);
                items.extend(trees);
                // `a as b`: the rename is not a path.
                i = next;
                while !matches!(
                    tokens.get(i).map(|t| &t.kind),
                    None | Some(Kind::Comma | Kind::Close)
                ) {
                    i += 1;
                }
            }
            Some(_) => i += 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Ident(String),
    Colons,
    Open,
    Close,
    Comma,
    Star,
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    line: usize,
}

/// The tokens that matter for paths, with comments, strings, characters
/// and lifetimes left out.
fn lex(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut nesting = 0;
                while i < chars.len() {
                    if chars[i] == '/' && at(i + 1) == '*' {
                        nesting += 1;
                        i += 2;
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        nesting -= 1;
                        i += 2;
                        if nesting == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(chars[i] == '\n');
                        i += 1;
                    }
                }
            }
            '"' => i = skip_string(&chars, i + 1, &mut line),
            'b' if at(i + 1) == '"' => i = skip_string(&chars, i + 2, &mut line),
            'b' if at(i + 1) == '\'' => i = skip_char(&chars, i + 1),
            'r' | 'b' if raw_string_at(&chars, i) => i = skip_raw_string(&chars, i, &mut line),
            '\'' => i = skip_char(&chars, i),
            c if c == '_' || c.is_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i] == '_' || chars[i].is_alphanumeric()) {
                    i += 1;
                }
                let mut word: String = chars[start..i].iter().collect();
                // A raw identifier, `r#gen`, is the identifier itself.
                if word == "r" && at(i) == '#' && (at(i + 1) == '_' || at(i + 1).is_alphabetic()) {
                    let from = i + 1;
                    i = from;
                    while i < chars.len() && (chars[i] == '_' || chars[i].is_alphanumeric()) {
                        i += 1;
                    }
                    word = chars[from..i].iter().collect();
                }
                tokens.push(Token {
                    kind: Kind::Ident(word),
                    line,
                });
            }
            c if c.is_ascii_digit() => {
                while i < chars.len() && (chars[i] == '_' || chars[i].is_alphanumeric()) {
                    i += 1;
                }
            }
            ':' if at(i + 1) == ':' => {
                tokens.push(Token {
                    kind: Kind::Colons,
                    line,
                });
                i += 2;
            }
            _ => {
                let kind = match c {
                    '{' => Kind::Open,
                    '}' => Kind::Close,
                    ',' => Kind::Comma,
                    '*' => Kind::Star,
                    _ => Kind::Other,
                };
                tokens.push(Token { kind, line });
                i += 1;
            }
        }
    }
    tokens
}

/// After the opening quote: the index after the closing one.
fn skip_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            c => {
                *line += usize::from(c == '\n');
                i += 1;
            }
        }
    }
    i
}

/// `r"`, `r#"`, `br"`, `br##"` start here.
fn raw_string_at(chars: &[char], mut i: usize) -> bool {
    if chars.get(i) == Some(&'b') {
        i += 1;
    }
    if chars.get(i) != Some(&'r') {
        return false;
    }
    i += 1;
    while chars.get(i) == Some(&'#') {
        i += 1;
    }
    chars.get(i) == Some(&'"')
}

fn skip_raw_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    while chars[i] != '#' && chars[i] != '"' {
        i += 1;
    }
    let mut hashes = 0;
    while chars[i] == '#' {
        hashes += 1;
        i += 1;
    }
    i += 1;
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        *line += usize::from(chars[i] == '\n');
        i += 1;
    }
    i
}

/// At a `'`: a character literal (`'a'`, `'\n'`, `'\u{1F600}'`) is skipped
/// whole, a lifetime (`'a`, `'static`) up to its name.
fn skip_char(chars: &[char], i: usize) -> usize {
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    if at(i + 1) == '\\' {
        // The escaped character itself may be a quote: `'\''`.
        let mut k = i + 3;
        while k < chars.len() && chars[k] != '\'' {
            k += 1;
        }
        return k + 1;
    }
    if at(i + 2) == '\'' {
        return i + 3;
    }
    // A lifetime: its name is skipped so it is not read as a path.
    let mut k = i + 1;
    while k < chars.len() && (chars[k] == '_' || chars[k].is_alphanumeric()) {
        k += 1;
    }
    k
}
