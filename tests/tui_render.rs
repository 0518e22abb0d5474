//! Drawing under stress: every size from 20×5 to 300×100, wide and
//! combining characters, hostile titles, and the plain-text render.

mod tui_support;

use roadmap::model::Task;
use roadmap::tui::{self, update, Msg, View};
use tui_support::{fixture, press, seed, state_at, text, theme};

/// Widths and heights at which the layout changes shape, and either side.
const WIDTHS: &[u16] = &[
    20, 21, 30, 43, 44, 45, 59, 60, 63, 64, 69, 70, 79, 80, 99, 100, 119, 120, 121, 160, 233, 300,
];
const HEIGHTS: &[u16] = &[
    5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 23, 24, 31, 48, 64, 100,
];

#[test]
fn resizing_from_20x5_to_300x100_never_panics_in_any_view_or_overlay() {
    let theme = theme();
    // Every view plain, and the Roadmap view under each overlay.
    let mut cases: Vec<(&str, View)> = View::ALL.iter().map(|v| ("", *v)).collect();
    for keys in ["?", "/de", "e", "jjD", "f", "<space>q", "a"] {
        cases.push((keys, View::Roadmap));
    }
    for (keys, view) in cases {
        {
            let mut s = state_at(seed(), 80, 24);
            press(&mut s, keys);
            s.view = view;
            // A window dragged from 20×5 to 300×100, two columns at a time…
            for w in (20u16..=300).step_by(2) {
                let h = 5 + (w - 20) * 95 / 280;
                update(
                    &mut s,
                    Msg::Resize {
                        width: w,
                        height: h,
                    },
                );
                let buf = tui::render_buffer(&s, w, h, &theme);
                assert_eq!((buf.area.width, buf.area.height), (w, h));
            }
            // …and every size where the layout changes shape.
            for &w in WIDTHS {
                for &h in HEIGHTS {
                    update(
                        &mut s,
                        Msg::Resize {
                            width: w,
                            height: h,
                        },
                    );
                    tui::render_buffer(&s, w, h, &theme);
                    // Keys still work at every size.
                    press(&mut s, "jk");
                }
            }
        }
    }
}

#[test]
fn tiny_and_degenerate_sizes_draw_something_or_nothing_but_never_panic() {
    let theme = theme();
    for (w, h) in [
        (0, 0),
        (1, 1),
        (0, 10),
        (10, 0),
        (2, 3),
        (5, 1),
        (300, 1),
        (1, 100),
    ] {
        for view in View::ALL {
            let mut s = state_at(seed(), w, h);
            s.view = view;
            tui::render_buffer(&s, w, h, &theme);
            press(&mut s, "jGgk<pgdn>?<esc>");
        }
    }
}

fn wide_roadmap() -> roadmap::model::Roadmap {
    let mut r = fixture::roadmap();
    let titles = [
        "🚀 Launch the rocket 🚀",
        "高優先度のタスクを完了する",
        "👩‍💻 pair on the deploy",
        "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ",
        "e\u{301}te\u{301} accents combine",
        "plain ascii title for comparison",
    ];
    r.tasks.truncate(0);
    for (i, title) in titles.iter().enumerate() {
        let mut t = Task::new(format!("t{i}"), "week-1", *title);
        t.effort = roadmap::model::Effort::parse("12h").ok();
        t.level = Some(2);
        r.tasks.push(t);
    }
    r
}

#[test]
fn emoji_and_cjk_titles_keep_the_columns_after_them_aligned() {
    for (w, h) in [(80, 24), (160, 48), (64, 20), (50, 20)] {
        let s = state_at(wide_roadmap(), w, h);
        let buf = tui::render_buffer(&s, w, h, &theme());
        let text = tui::buffer_text(&buf);
        let rows: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("[ ]") && l.contains("12h"))
            .collect();
        assert_eq!(rows.len(), 6, "{w}x{h}:\n{text}");
        // The display column where "12h" ends is the same on every row.
        let ends: Vec<usize> = rows
            .iter()
            .map(|l| {
                let at = l.find("12h").unwrap();
                tui::text::width(&l[..at]) + 3
            })
            .collect();
        assert!(
            ends.windows(2).all(|p| p[0] == p[1]),
            "{w}x{h}: {ends:?}\n{text}"
        );
        if w >= 64 {
            let levels: Vec<usize> = rows
                .iter()
                .map(|l| tui::text::width(&l[..l.find("L2").unwrap()]))
                .collect();
            assert!(
                levels.windows(2).all(|p| p[0] == p[1]),
                "{w}x{h}: {levels:?}"
            );
        }
    }
}

#[test]
fn a_title_full_of_escape_sequences_is_drawn_harmlessly() {
    let mut r = seed();
    r.tasks[0].title = "evil\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m\rback\u{202e}desrever".into();
    r.tasks[0].notes = Some("\u{1b}[31mred\u{1b}[0m\nsecond line".into());
    r.project.name = "proj\u{1b}[H".into();
    for view in View::ALL {
        let mut s = state_at(r.clone(), 160, 48);
        s.view = view;
        let buf = tui::render_buffer(&s, 160, 48, &theme());
        for cell in buf.content() {
            assert!(
                !cell
                    .symbol()
                    .chars()
                    .any(|c| c.is_control() || c == '\u{202e}'),
                "{view}: a control character reached a cell: {:?}",
                cell.symbol()
            );
        }
        if view == View::Roadmap {
            let text = tui::buffer_text(&buf);
            assert!(
                text.contains("evil␛[2J␛]0;pwned␇<U+009B>31m␍back<U+202E>desrever"),
                "{text}"
            );
            assert!(text.contains("␛[31mred␛[0m"), "notes are escaped too");
            assert!(text.contains("proj␛[H"));
        }
    }
    // The editor shows the raw value escaped as well.
    let mut s = state_at(r, 80, 24);
    press(&mut s, "e");
    assert!(text(&s).contains("evil␛[2J"));
}

#[test]
fn render_text_draws_one_frame_of_each_view() {
    let r = fixture::roadmap();
    let frames: Vec<String> = View::ALL
        .iter()
        .map(|v| tui::render_text(r.clone(), *v, 100, 30, &theme()))
        .collect();
    for f in &frames {
        assert_eq!(f.lines().count(), 30);
        assert!(f.lines().all(|l| tui::text::width(l) <= 100));
        assert!(f.starts_with(" Jewelshot DevOps"));
        assert!(f.contains("Maturity Level 1 Manual 34 %"));
    }
    assert!(frames[0].contains("[x]  C  Deploy worker to Railway/Render"));
    assert!(frames[1].contains("No CI/CD: manual deployments"));
    assert!(frames[2].contains("Level 2 Basic Automation"));
    assert!(frames[3].contains("One-time cost by phase"));
    assert!(frames.iter().all(|f| f.lines().all(|l| l == l.trim_end())));
}

#[test]
fn views_parse_from_the_command_line_words() {
    assert_eq!("maturity".parse::<View>().unwrap(), View::Maturity);
    assert!("gantt".parse::<View>().is_err());
}
