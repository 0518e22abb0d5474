//! The markdown reader: pulldown-cmark events (with source offsets) folded
//! into a small outline of headings, paragraphs, lists with nesting and
//! checkboxes, tables and code blocks, each line tagged with its line number.
//! The recognisers walk this outline instead of the raw text.
//!
//! Nesting is capped at [`MAX_DEPTH`] lists: deeper items are flattened into
//! their ancestor, so a 10,000-level list cannot make any walk recurse deeply.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Lists nested deeper than this are flattened into the item that holds them.
pub const MAX_DEPTH: usize = 16;

/// One line of inline text and where it came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub text: String,
    /// 1-based line number in the report.
    pub line: usize,
    /// The bold text the line starts with (after any emoji), e.g. `CI/CD
    /// Pipeline` in `**CI/CD Pipeline** - Implement GitHub Actions`.
    pub strong_lead: Option<String>,
    /// True when the whole line (emoji aside) is bold: a label.
    pub all_strong: bool,
    /// True when every word of the line is inside links to headings of this
    /// document (`[Kritische Probleme](#kritische-probleme)`): a table of
    /// contents entry, which names a section and is never itself work.
    pub page_link: bool,
    /// True when every letter and digit of the line is inline code
    /// (`` `getAos()` → `AoRepository.findAll()` ``): a mapping or a call,
    /// never the title of work.
    pub only_code: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub line: Line,
    /// Further text of the item: continuation lines and paragraphs.
    pub extra: Vec<Line>,
    /// `Some(done)` for a checkbox item.
    pub checked: Option<bool>,
    /// Nested lists and code blocks.
    pub children: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        line: Line,
    },
    Paragraph {
        lines: Vec<Line>,
    },
    List {
        ordered: bool,
        items: Vec<Item>,
    },
    Table {
        line: usize,
        header: Vec<String>,
        rows: Vec<(usize, Vec<String>)>,
    },
    Code {
        lang: String,
        lines: Vec<Line>,
    },
}

/// Maps byte offsets to 1-based line numbers.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|s| *s <= offset).max(1)
    }
}

/// Inline text being collected, with the bold spans seen so far.
#[derive(Default)]
struct Inline {
    text: String,
    line: Option<usize>,
    strong: Vec<(usize, usize)>,
    strong_open: Option<usize>,
    /// Spans of links to `#anchors`, as `strong` holds bold spans.
    page_links: Vec<(usize, usize)>,
    page_link_open: Option<usize>,
    /// Spans of inline code.
    code: Vec<(usize, usize)>,
    lines: Vec<Line>,
}

impl Inline {
    fn push(&mut self, s: &str, line: usize) {
        if self.line.is_none() {
            self.line = Some(line);
        }
        self.text.push_str(s);
    }

    /// Ends the current line (soft or hard break, or end of block).
    fn break_line(&mut self) {
        if let Some(open) = self.strong_open.take() {
            self.strong.push((open, self.text.len()));
            self.strong_open = Some(0);
        }
        if let Some(open) = self.page_link_open.take() {
            self.page_links.push((open, self.text.len()));
            self.page_link_open = Some(0);
        }
        let text = std::mem::take(&mut self.text);
        let strong = std::mem::take(&mut self.strong);
        let page_links = std::mem::take(&mut self.page_links);
        let code = std::mem::take(&mut self.code);
        if let Some(line) = self.line.take() {
            if !text.trim().is_empty() {
                let mut made = make_line(text.clone(), line, &strong);
                made.page_link = only_inside(&text, &page_links);
                made.only_code = only_inside(&text, &code);
                self.lines.push(made);
            }
        }
    }

    fn take_lines(&mut self) -> Vec<Line> {
        self.break_line();
        self.strong_open = None;
        self.page_link_open = None;
        std::mem::take(&mut self.lines)
    }
}

/// True when `spans` cover every letter and digit of `text`, and there is one.
fn only_inside(text: &str, spans: &[(usize, usize)]) -> bool {
    !spans.is_empty()
        && text
            .char_indices()
            .filter(|(_, c)| c.is_alphanumeric())
            .all(|(i, _)| spans.iter().any(|(s, e)| *s <= i && i < *e))
}

fn make_line(text: String, line: usize, strong: &[(usize, usize)]) -> Line {
    let lead_end = text
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let lead = strong
        .iter()
        .find(|(start, end)| *start <= lead_end && *end > lead_end)
        .map(|(start, end)| (*start, *end));
    let strong_lead = lead
        .and_then(|(s, e)| text.get(s..e))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let all_strong = lead.is_some_and(|(_, end)| {
        text.get(end..)
            .is_some_and(|rest| !rest.chars().any(|c| c.is_alphanumeric()))
    });
    let trimmed = text.trim().to_string();
    Line {
        text: trimmed,
        line,
        strong_lead,
        all_strong,
        page_link: false,
        only_code: false,
    }
}

/// Where blocks are being added: the document, or a list item.
enum Frame {
    List { ordered: bool, items: Vec<Item> },
    Item(Item),
}

/// A table being read: its line, header and rows.
type TableDraft = (usize, Vec<String>, Vec<(usize, Vec<String>)>);

struct Builder {
    root: Vec<Block>,
    frames: Vec<Frame>,
    /// Lists opened beyond the depth cap, whose items are flattened.
    suppressed: usize,
    inline: Inline,
    table: Option<TableDraft>,
    row: Vec<String>,
    row_line: usize,
    code: Option<(String, usize, String)>,
    heading: Option<u8>,
}

impl Builder {
    fn push_block(&mut self, block: Block) {
        for frame in self.frames.iter_mut().rev() {
            if let Frame::Item(item) = frame {
                item.children.push(block);
                return;
            }
        }
        self.root.push(block);
    }

    fn current_item(&mut self) -> Option<&mut Item> {
        self.frames.iter_mut().rev().find_map(|f| match f {
            Frame::Item(item) => Some(item),
            Frame::List { .. } => None,
        })
    }

    /// Moves collected inline text into the item it belongs to.
    fn flush_item_text(&mut self) {
        let lines = self.inline.take_lines();
        if lines.is_empty() {
            return;
        }
        if let Some(item) = self.current_item() {
            let mut lines = lines.into_iter();
            if item.line.text.is_empty() {
                if let Some(first) = lines.next() {
                    item.line = first;
                }
            }
            item.extra.extend(lines);
        }
    }

    fn list_depth(&self) -> usize {
        self.frames
            .iter()
            .filter(|f| matches!(f, Frame::List { .. }))
            .count()
    }

    fn start(&mut self, tag: Tag, line: usize) {
        match tag {
            Tag::Heading { level, .. } => {
                self.inline.take_lines();
                self.heading = Some(level as u8);
            }
            Tag::Paragraph => {
                if self.current_item().is_some() {
                    self.flush_item_text();
                } else {
                    self.inline.take_lines();
                }
            }
            Tag::List(first) => {
                if self.suppressed > 0 || self.list_depth() >= MAX_DEPTH {
                    self.suppressed += 1;
                    self.flush_item_text();
                } else {
                    self.flush_item_text();
                    self.frames.push(Frame::List {
                        ordered: first.is_some(),
                        items: Vec::new(),
                    });
                }
            }
            Tag::Item => {
                if self.suppressed > 0 {
                    self.flush_item_text();
                } else {
                    self.frames.push(Frame::Item(Item {
                        line: Line {
                            line,
                            ..Line::default()
                        },
                        extra: Vec::new(),
                        checked: None,
                        children: Vec::new(),
                    }));
                }
            }
            Tag::Table(_) => {
                self.inline.take_lines();
                self.table = Some((line, Vec::new(), Vec::new()));
            }
            Tag::TableHead => {
                self.row.clear();
                self.row_line = line;
            }
            Tag::TableRow => {
                self.row.clear();
                self.row_line = line;
            }
            Tag::TableCell => {
                self.inline.take_lines();
            }
            Tag::CodeBlock(kind) => {
                self.flush_item_text();
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((lang, line, String::new()));
            }
            Tag::Strong if self.inline.strong_open.is_none() => {
                self.inline.strong_open = Some(self.inline.text.len());
            }
            Tag::Link { dest_url, .. } if dest_url.starts_with('#') => {
                self.inline.page_link_open = Some(self.inline.text.len());
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                let level = self.heading.take().unwrap_or(1);
                let mut lines = self.inline.take_lines();
                if !lines.is_empty() {
                    let mut first = lines.remove(0);
                    for more in lines {
                        first.text.push(' ');
                        first.text.push_str(&more.text);
                    }
                    self.push_block(Block::Heading { level, line: first });
                }
            }
            TagEnd::Paragraph => {
                if self.current_item().is_some() {
                    self.flush_item_text();
                } else {
                    let lines = self.inline.take_lines();
                    if !lines.is_empty() {
                        self.push_block(Block::Paragraph { lines });
                    }
                }
            }
            TagEnd::Item => {
                self.flush_item_text();
                if self.suppressed == 0 {
                    if let Some(Frame::Item(item)) = self.frames.pop() {
                        if let Some(Frame::List { items, .. }) = self.frames.last_mut() {
                            items.push(item);
                        }
                    }
                }
            }
            TagEnd::List(_) => {
                self.flush_item_text();
                if self.suppressed > 0 {
                    self.suppressed -= 1;
                } else if let Some(Frame::List { ordered, items }) = self.frames.pop() {
                    self.push_block(Block::List { ordered, items });
                }
            }
            TagEnd::TableCell => {
                let lines = self.inline.take_lines();
                let text = lines
                    .iter()
                    .map(|l| l.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                self.row.push(text);
            }
            TagEnd::TableHead => {
                if let Some((_, header, _)) = self.table.as_mut() {
                    *header = std::mem::take(&mut self.row);
                }
            }
            TagEnd::TableRow => {
                if let Some((_, _, rows)) = self.table.as_mut() {
                    rows.push((self.row_line, std::mem::take(&mut self.row)));
                }
            }
            TagEnd::Table => {
                if let Some((line, header, rows)) = self.table.take() {
                    self.push_block(Block::Table { line, header, rows });
                }
            }
            TagEnd::CodeBlock => {
                if let Some((lang, line, text)) = self.code.take() {
                    let lines = text
                        .lines()
                        .enumerate()
                        .filter(|(_, l)| !l.trim().is_empty())
                        .map(|(i, l)| Line {
                            text: l.trim_end().to_string(),
                            line: line + i,
                            strong_lead: None,
                            all_strong: false,
                            page_link: false,
                            only_code: false,
                        })
                        .collect();
                    self.push_block(Block::Code { lang, lines });
                }
            }
            TagEnd::Link => {
                if let Some(open) = self.inline.page_link_open.take() {
                    let end = self.inline.text.len();
                    self.inline.page_links.push((open, end));
                }
            }
            TagEnd::Strong => {
                if let Some(open) = self.inline.strong_open.take() {
                    let end = self.inline.text.len();
                    self.inline.strong.push((open, end));
                }
            }
            _ => {}
        }
    }
}

/// Reads `text` into an outline.
pub fn read(text: &str) -> Vec<Block> {
    let index = LineIndex::new(text);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut b = Builder {
        root: Vec::new(),
        frames: Vec::new(),
        suppressed: 0,
        inline: Inline::default(),
        table: None,
        row: Vec::new(),
        row_line: 0,
        code: None,
        heading: None,
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = index.line_of(range.start);
        match event {
            Event::Start(tag) => b.start(tag, line),
            Event::End(tag) => b.end(tag),
            Event::Text(s) => {
                if let Some((_, first, code)) = b.code.as_mut() {
                    if code.is_empty() {
                        *first = line;
                    }
                    code.push_str(&s);
                } else {
                    b.inline.push(&s, line);
                }
            }
            Event::Code(s) => {
                let start = b.inline.text.len();
                b.inline.push(&s, line);
                b.inline.code.push((start, b.inline.text.len()));
            }
            Event::SoftBreak | Event::HardBreak => b.inline.break_line(),
            Event::TaskListMarker(done) => {
                if let Some(item) = b.current_item() {
                    item.checked = Some(done);
                }
            }
            _ => {}
        }
    }
    // Close whatever the parser left open (it always closes, but be safe).
    b.flush_item_text();
    while let Some(frame) = b.frames.pop() {
        match frame {
            Frame::Item(item) => {
                if let Some(Frame::List { items, .. }) = b.frames.last_mut() {
                    items.push(item);
                }
            }
            Frame::List { ordered, items } => b.push_block(Block::List { ordered, items }),
        }
    }
    let trailing = b.inline.take_lines();
    if !trailing.is_empty() {
        b.root.push(Block::Paragraph { lines: trailing });
    }
    b.root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_is_only_links_to_headings_is_a_contents_entry() {
        let doc = "- [Kritische Probleme (P0)](#kritische-probleme-p0)\n- [High](#high) / [Low](#low)\n- [Fix CORS](#cors) (2h)\n- [Rotate keys](https://example.com/keys)\n";
        let Block::List { items, .. } = &read(doc)[0] else {
            panic!()
        };
        let flags: Vec<bool> = items.iter().map(|i| i.line.page_link).collect();
        // Words outside the link ("2h") or a link off the page make it text.
        assert_eq!(flags, [true, true, false, false]);
    }

    #[test]
    fn a_line_that_is_only_inline_code_is_marked() {
        let doc = "- ✅ `getAos()` → `AoRepository.findAll()`\n- Replace `getAos()` with `findAll()`\n- `storage.ts` (9,238 lines)\n";
        let Block::List { items, .. } = &read(doc)[0] else {
            panic!()
        };
        let flags: Vec<bool> = items.iter().map(|i| i.line.only_code).collect();
        // A verb or a figure outside the code makes the line words.
        assert_eq!(flags, [true, false, false]);
    }

    #[test]
    fn headings_lists_and_checkboxes_keep_their_lines() {
        let doc = "# Title\n\n## Plan (Week 1)\n\n- [ ] **Add health checks** - endpoints (4h)\n  - sub item\n- [x] Done thing\n\n1. First\n2. Second\n";
        let blocks = read(doc);
        assert!(
            matches!(&blocks[0], Block::Heading { level: 1, line } if line.text == "Title" && line.line == 1)
        );
        assert!(matches!(&blocks[1], Block::Heading { level: 2, line } if line.line == 3));
        let Block::List { items, ordered } = &blocks[2] else {
            panic!("{:?}", blocks[2])
        };
        assert!(!ordered);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].checked, Some(false));
        assert_eq!(items[0].line.line, 5);
        assert_eq!(
            items[0].line.strong_lead.as_deref(),
            Some("Add health checks")
        );
        assert_eq!(items[0].line.text, "Add health checks - endpoints (4h)");
        let Block::List { items: sub, .. } = &items[0].children[0] else {
            panic!()
        };
        assert_eq!(sub[0].line.text, "sub item");
        assert_eq!(sub[0].line.line, 6);
        assert_eq!(items[1].checked, Some(true));
        assert!(matches!(&blocks[3], Block::List { ordered: true, items } if items.len() == 2));
    }

    #[test]
    fn tables_and_code_blocks_are_read() {
        let doc = "| Category | Score |\n|---|---|\n| **CI/CD** | 95/100 |\n\n```yaml\nPriority: HIGH\nEffort: 3 days\n```\n";
        let blocks = read(doc);
        let Block::Table { header, rows, line } = &blocks[0] else {
            panic!()
        };
        assert_eq!(*line, 1);
        assert_eq!(header, &["Category", "Score"]);
        assert_eq!(
            rows[0],
            (3, vec!["CI/CD".to_string(), "95/100".to_string()])
        );
        let Block::Code { lang, lines } = &blocks[1] else {
            panic!()
        };
        assert_eq!(lang, "yaml");
        assert_eq!(lines[0].text, "Priority: HIGH");
        assert_eq!(lines[0].line, 6);
        assert_eq!(lines[1].line, 7);
    }

    #[test]
    fn paragraph_lines_and_labels() {
        let blocks = read("**IMMEDIATE (CRITICAL):**\n\n✅ Worker deployed\n✅ Backups\n");
        let Block::Paragraph { lines } = &blocks[0] else {
            panic!()
        };
        assert!(lines[0].all_strong);
        let Block::Paragraph { lines } = &blocks[1] else {
            panic!()
        };
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text, "✅ Backups");
        assert_eq!(lines[1].line, 4);
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let doc = "- a\n".to_string() + &"- ".repeat(200) + "deep\n";
        let blocks = read(&doc);
        fn depth(blocks: &[Block]) -> usize {
            blocks
                .iter()
                .map(|b| match b {
                    Block::List { items, .. } => {
                        1 + items.iter().map(|i| depth(&i.children)).max().unwrap_or(0)
                    }
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
        }
        assert!(depth(&blocks) <= MAX_DEPTH);
    }
}
