//! Plans kept inside code fences: ASCII trees, box-drawn tables, `□`
//! checklists, `Priority:` / `Effort:` lines and YAML lists of steps. A fence
//! that reads as text is turned back into markdown and read like the rest of
//! the report; a fence that holds code (a program, a shell session, a
//! manifest) is an example, not a plan.

use super::super::outline::{self, Block, Line};

/// Languages whose fences hold programs or configuration, unless their
/// lines say otherwise.
#[rustfmt::skip]
const CODE_LANGS: &[&str] = &[
    "python", "py", "js", "javascript", "ts", "typescript", "tsx", "jsx", "bash", "sh", "shell",
    "zsh", "console", "json", "jsonc", "sql", "go", "rust", "rs", "java", "kotlin", "kt", "c",
    "cpp", "c++", "csharp", "cs", "php", "ruby", "rb", "dockerfile", "docker", "hcl", "terraform",
    "tf", "nginx", "ini", "toml", "xml", "html", "css", "scss", "makefile", "make", "powershell",
    "ps1", "swift", "dart", "diff", "env", "dotenv", "graphql", "proto", "lua", "perl", "r",
    "scala", "groovy", "vue", "svelte", "prisma", "conf", "properties", "gradle", "cmake", "http",
    "regex", "csv", "log", "mermaid", "plantuml", "vb", "vba",
];

/// True when a line looks like a program or a shell command, not prose.
fn is_code_line(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    #[rustfmt::skip]
    const STARTS: &[&str] = &[
        "import ", "export ", "const ", "let ", "var ", "function ", "def ", "class ", "return",
        "if (", "if ", "for (", "for ", "while ", "select ", "insert ", "update ", "create ",
        "alter ", "drop ", "from ", "npm ", "pnpm ", "yarn ", "npx ", "git ", "docker ",
        "kubectl ", "curl ", "wget ", "sudo ", "apt", "pip ", "cargo ", "go ", "make ", "cd ",
        "echo ", "export ", "#!", "$ ", "> ", "//", "/*", "*/", "<", "@", "package ", "use ",
        "fn ", "pub ", "public ", "private ", "async ", "await ", "try", "catch", "else", "switch",
        "case ", "#include", "apiversion:", "kind:", "image:", "run:", "uses:", "env:", "port",
        "volumes:", "services:", "spec:", "metadata:", "}", "{", "]", ")",
    ];
    let lower = t.to_lowercase();
    STARTS.iter().any(|s| lower.starts_with(s))
        || t.ends_with(';')
        || t.ends_with('{')
        || t.ends_with("=>")
        || t.contains("();")
        || t.contains(" = ")
        || t.contains("=>")
        || t.contains("::")
        || (t.contains('(') && t.ends_with(')') && !t.contains(' '))
}

/// True when the fence's lines read as text a person would plan from.
pub fn reads_as_text(lang: &str, lines: &[Line]) -> bool {
    if lines.is_empty() {
        return false;
    }
    if is_template(lines) {
        return false;
    }
    // "# Key Services Needed" › "□ User authentication API" in a yaml
    // block: a checklist drawn in a fence is the plan's, whatever the tag.
    if ticked_lines(lines) >= 3 {
        return true;
    }
    let code = lines.iter().filter(|l| is_code_line(&l.text)).count();
    let lang = lang.to_lowercase();
    let code_lang = CODE_LANGS.contains(&lang.as_str());
    // A program in a plan-free language needs few code lines to be code; a
    // plain or text fence needs most lines to be code.
    if code_lang {
        code * 5 < lines.len()
    } else if lang == "yaml" || lang == "yml" {
        plan_yaml(lines)
    } else {
        code * 5 < lines.len() * 2
    }
}

/// Lines that open with a checkbox (`□`, `☐`, `☑`, `✓`, `- [ ]`, `- [x]`).
fn ticked_lines(lines: &[Line]) -> usize {
    lines
        .iter()
        .filter(|l| {
            let t = l.text.trim_start();
            t.starts_with(['□', '☐', '◻', '☑', '☒', '✓', '✔'])
                || ["- [ ]", "- [x]", "- [X]", "* [ ]", "* [x]"]
                    .iter()
                    .any(|b| t.starts_with(b))
        })
        .count()
}

/// A file's content or a fill-in form shown as an example (a pull-request
/// template, an issue form, a report skeleton): front matter on top, or
/// `<!-- ... -->` notes telling the reader what to write. Its checklist is
/// the form's, not the plan's.
fn is_template(lines: &[Line]) -> bool {
    let mut texts = lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty());
    let front_matter = texts.next() == Some("---")
        && texts.next().is_some_and(|t| {
            t.split_once(':')
                .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '))
        });
    front_matter
        || lines
            .iter()
            .any(|l| l.text.trim_start().starts_with("<!--") && l.text.trim_end().ends_with("-->"))
}

/// A YAML list of remediation steps, not a manifest or a pipeline.
fn plan_yaml(lines: &[Line]) -> bool {
    #[rustfmt::skip]
    const PLAN_KEYS: &[&str] = &[
        "priority", "effort", "estimate", "task", "action", "title", "severity", "owner",
        "remediation", "fix", "recommendation", "phase", "step", "deadline", "status",
    ];
    let keys: Vec<String> = lines
        .iter()
        .filter_map(|l| {
            let t = l.text.trim().trim_start_matches("- ");
            t.split_once(':').map(|(k, _)| k.trim().to_lowercase())
        })
        .collect();
    let plan = keys
        .iter()
        .filter(|k| PLAN_KEYS.contains(&k.as_str()))
        .count();
    let code = lines.iter().filter(|l| is_code_line(&l.text)).count();
    plan >= 2 && code * 3 < lines.len()
}

/// Depth and text of a tree line: `│   ├── Add checks` → (2, "Add checks").
fn tree_item(text: &str) -> Option<(usize, &str)> {
    let start = text.find(['├', '└', '┣', '┗', '╠', '╚'])?;
    let prefix = &text[..start];
    if !prefix
        .chars()
        .all(|c| matches!(c, ' ' | '│' | '┃' | '║' | '\t'))
    {
        return None;
    }
    let depth = prefix.chars().count() / 4 + 1;
    let rest =
        text[start..].trim_start_matches(['├', '└', '┣', '┗', '╠', '╚', '─', '━', '═', '-', ' ']);
    Some((depth, rest))
}

/// One fence line turned into markdown; `None` drops the line.
fn convert(text: &str, lang: &str, in_table: &mut bool) -> Option<String> {
    let t = text.trim_end();
    let trimmed = t.trim_start();
    // Box-drawn and ASCII table borders and separators.
    let border = !trimmed.is_empty()
        && trimmed.chars().all(|c| {
            matches!(
                c,
                '┌' | '┐'
                    | '└'
                    | '┘'
                    | '├'
                    | '┤'
                    | '┬'
                    | '┴'
                    | '┼'
                    | '─'
                    | '━'
                    | '═'
                    | '╔'
                    | '╗'
                    | '╚'
                    | '╝'
                    | '╠'
                    | '╣'
                    | '╦'
                    | '╩'
                    | '╬'
                    | '+'
                    | '-'
                    | '='
                    | '|'
                    | ' '
                    | '│'
                    | ':'
            )
        })
        && trimmed
            .chars()
            .any(|c| matches!(c, '─' | '━' | '═' | '-' | '='));
    if border {
        if *in_table {
            return None;
        }
        return Some(String::new());
    }
    // "│ ├─ Optimise queries (12 h) │": a tree drawn inside a box.
    let boxed = trimmed.ends_with(['│', '║']) && trimmed.chars().count() > 2;
    if let Some(inner) = trimmed
        .strip_prefix(['│', '║'])
        .filter(|_| boxed)
        .map(|r| r.trim_end().trim_end_matches(['│', '║']).trim_end())
    {
        let nested = inner.trim_start();
        if nested.starts_with(['├', '└', '┣', '┗'])
            || nested.starts_with("│ ├")
            || nested.starts_with("│ └")
        {
            return convert(inner, lang, in_table);
        }
    }
    let after_first = trimmed
        .char_indices()
        .nth(1)
        .map_or("", |(i, _)| &trimmed[i..]);
    if trimmed.starts_with(['│', '║', '|']) && after_first.contains(['│', '║', '|']) {
        let row = trimmed.replace(['│', '║'], "|");
        let cells = row.matches('|').count().saturating_sub(1).max(1);
        if !*in_table {
            *in_table = true;
            // The first row is the header: a separator makes it a table.
            return Some(format!("{row}\n|{}", "---|".repeat(cells)));
        }
        return Some(row);
    }
    *in_table = false;
    if let Some((depth, rest)) = tree_item(t) {
        return Some(format!("{}- {rest}", "  ".repeat(depth - 1)));
    }
    for (glyph, mark) in [
        ('□', "[ ]"),
        ('☐', "[ ]"),
        ('◻', "[ ]"),
        ('☑', "[x]"),
        ('☒', "[x]"),
        ('✓', "[x]"),
        ('✔', "[x]"),
    ] {
        if let Some(rest) = trimmed.strip_prefix(glyph) {
            let indent = t.len() - trimmed.len();
            return Some(format!("{}- {mark} {}", " ".repeat(indent), rest.trim()));
        }
    }
    if lang == "yaml" || lang == "yml" {
        // `- name: X` items and `key: value` lines under them.
        let indent = t.len() - trimmed.len();
        if let Some(item) = trimmed.strip_prefix("- ") {
            let value = match item.split_once(':') {
                Some((k, v)) if is_title_key(k) => v.trim().trim_matches(['"', '\'']),
                _ => item,
            };
            return Some(format!("{}- {value}", " ".repeat(indent)));
        }
        if let Some((k, v)) = trimmed.split_once(':') {
            if v.trim().is_empty() {
                return Some(format!("{}- **{}**", " ".repeat(indent), k.trim()));
            }
            return Some(format!(
                "{}- {}: {}",
                " ".repeat(indent),
                k.trim(),
                v.trim().trim_matches(['"', '\''])
            ));
        }
    }
    // List lines keep their nesting; other indented text would read as
    // a code block again, so only its words are kept, one paragraph a line.
    let list_line = trimmed.starts_with(['-', '*', '+']) && trimmed.chars().nth(1) == Some(' ')
        || trimmed.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' ')
        });
    if list_line {
        return Some(t.to_string());
    }
    Some(format!("{}\n", trimmed))
}

fn is_title_key(key: &str) -> bool {
    matches!(
        key.trim().to_lowercase().as_str(),
        "name" | "title" | "task" | "action" | "step" | "item" | "fix" | "remediation"
    )
}

/// The fence read as markdown, with each line's number in the report.
pub fn read(lang: &str, lines: &[Line]) -> Vec<Block> {
    let lang = lang.to_lowercase();
    let mut text = String::new();
    let mut map: Vec<usize> = Vec::new();
    let mut in_table = false;
    // The fence's own indentation is not nesting.
    let base = lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .map(|l| l.text.len() - l.text.trim_start().len())
        .min()
        .unwrap_or(0);
    for (i, l) in lines.iter().enumerate() {
        let unindented = l.text.get(base..).unwrap_or(l.text.trim_start());
        // "PHASE 1: CRITICAL (2-3 days)" over `├─ Fix …` branches: a root
        // that names a priority or a window heads its branches, as a banner.
        let root = !unindented.trim().is_empty()
            && unindented.len() == unindented.trim_start().len()
            && tree_item(unindented).is_none()
            && lines
                .get(i + 1)
                .and_then(|n| n.text.get(base..))
                .and_then(tree_item)
                .is_some_and(|(depth, rest)| depth == 1 && rest.chars().any(char::is_alphanumeric))
            && !unindented.trim_start().starts_with(['│', '║', '|'])
            && (super::super::priority::from_words(unindented).is_some()
                || super::super::window::find_window(unindented).is_some());
        if root {
            text.push_str(&format!("\n#### {}\n\n", unindented.trim()));
            map.extend([l.line; 3]);
            continue;
        }
        let Some(converted) = convert(unindented, &lang, &mut in_table) else {
            continue;
        };
        for part in converted.split('\n') {
            text.push_str(part);
            text.push('\n');
            map.push(l.line);
        }
    }
    let mut blocks = outline::read(&text);
    remap(&mut blocks, &map);
    blocks
}

/// Puts report line numbers on blocks read from converted text.
fn remap(blocks: &mut [Block], map: &[usize]) {
    let at = |n: usize| map.get(n.saturating_sub(1)).copied().unwrap_or(n);
    let fix = |l: &mut Line| l.line = at(l.line);
    let mut stack: Vec<&mut Block> = blocks.iter_mut().collect();
    while let Some(block) = stack.pop() {
        match block {
            Block::Heading { line, .. } => fix(line),
            Block::Paragraph { lines } | Block::Code { lines, .. } => {
                lines.iter_mut().for_each(fix)
            }
            Block::Table { line, rows, .. } => {
                *line = at(*line);
                for (n, _) in rows.iter_mut() {
                    *n = at(*n);
                }
            }
            Block::List { items, .. } => {
                for item in items.iter_mut() {
                    fix(&mut item.line);
                    item.extra.iter_mut().for_each(fix);
                    stack.extend(item.children.iter_mut());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, first: usize) -> Vec<Line> {
        text.lines()
            .enumerate()
            .map(|(i, t)| Line {
                text: t.to_string(),
                line: first + i,
                ..Line::default()
            })
            .collect()
    }

    #[test]
    fn a_banner_at_the_root_of_a_tree_heads_its_branches() {
        let blocks = read(
            "",
            &lines(
                "PHASE 1: CRITICAL (2-3 days)\n├─ Fix TypeScript errors\n└─ Complete route migration\nTotal: 15-18 hours",
                10,
            ),
        );
        assert!(
            matches!(&blocks[0], Block::Heading { line, .. } if line.line == 10 && line.text.contains("CRITICAL")),
            "{blocks:?}"
        );
        // A box table's border is no tree, and a root naming neither a
        // priority nor a window stays text.
        let blocks = read("", &lines("Services\n├─ api\n└─ worker", 1));
        assert!(!blocks.iter().any(|b| matches!(b, Block::Heading { .. })));
    }

    #[test]
    fn programs_are_code_and_plans_are_text() {
        let program = lines("import x from 'y';\nconst a = 1;\nexport default a;", 1);
        assert!(!reads_as_text("ts", &program));
        let plan = lines(
            "Priority: HIGH\nEffort: 3 days\nCost: $50/month\n\nAction Items:\n  - Add APM",
            1,
        );
        assert!(reads_as_text("typescript", &plan));
        let tree = lines(
            "Phase 1 (Week 1-2)\n├── Add health checks (4h)\n└── Setup backups",
            1,
        );
        assert!(reads_as_text("", &tree));
        let manifest = lines("apiVersion: v1\nkind: Service\nmetadata:\n  name: web", 1);
        assert!(!reads_as_text("yaml", &manifest));
        // A checklist drawn in a yaml block is the plan's; two ticks in a
        // manifest's comments are not enough to make it one.
        let checklist = lines(
            "Database: PostgreSQL\n\n# Key Services Needed\n□ User authentication API\n□ Location storage API\n□ File upload API",
            1,
        );
        assert!(reads_as_text("yaml", &checklist));
        let commented = lines(
            "kind: Service\n# ✓ reviewed\n# ✓ deployed\nmetadata:\n  name: web",
            1,
        );
        assert!(!reads_as_text("yaml", &commented));
    }

    #[test]
    fn trees_become_lists_with_their_lines() {
        let blocks = read("", &lines("Phase 1 (Week 1-2)\n├── Add health checks (4h)\n│   └── /health endpoint\n└── Setup backups", 10));
        let Some(Block::List { items, .. }) =
            blocks.iter().find(|b| matches!(b, Block::List { .. }))
        else {
            panic!("{blocks:?}")
        };
        assert_eq!(items[0].line.text, "Add health checks (4h)");
        assert_eq!(items[0].line.line, 11);
        assert_eq!(items[1].line.line, 13);
        let Block::List { items: sub, .. } = &items[0].children[0] else {
            panic!()
        };
        assert_eq!(sub[0].line.text, "/health endpoint");
    }

    #[test]
    fn box_rows_with_wide_characters_do_not_panic() {
        let blocks = read("", &lines("│ 任务 │ 时间 │\n│ 添加 │ 4h │", 1));
        assert!(blocks.iter().any(|b| matches!(b, Block::Table { .. })));
    }

    #[test]
    fn checkbox_glyphs_and_box_tables() {
        let blocks = read("", &lines("□ Rotate keys\n☑ Enable MFA", 5));
        let Block::List { items, .. } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(items[0].checked, Some(false));
        assert_eq!(items[1].checked, Some(true));
        assert_eq!(items[1].line.line, 6);
        let table = "┌──────┬──────┐\n│ Task │ Time │\n├──────┼──────┤\n│ Add  │ 4h   │\n│ Fix  │ 2h   │\n└──────┴──────┘";
        let blocks = read("", &lines(table, 20));
        let Some(Block::Table { header, rows, .. }) =
            blocks.iter().find(|b| matches!(b, Block::Table { .. }))
        else {
            panic!("{blocks:?}")
        };
        assert_eq!(header, &["Task", "Time"]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].0, 24);
    }

    #[test]
    fn yaml_steps_become_items_with_keys() {
        let blocks = read(
            "yaml",
            &lines("- name: Enable backups\n  priority: high\n  effort: 2d", 1),
        );
        let Block::List { items, .. } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(items[0].line.text, "Enable backups");
        let Block::List { items: keys, .. } = &items[0].children[0] else {
            panic!()
        };
        assert_eq!(keys[0].line.text, "priority: high");
    }
}
