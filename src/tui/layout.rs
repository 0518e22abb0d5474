//! Where everything goes, as a pure function of the terminal size and view.
//! Drawing and mouse handling both call it, so a click lands on what was drawn.

use super::view::View;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    /// The Roadmap view's task list (the whole body in other views).
    pub list: Rect,
    /// The Roadmap view's details pane, when there is room for one.
    pub details: Option<Rect>,
    pub footer: Rect,
}

/// Lines of header the height allows: the full four, two, or none.
pub fn header_lines(height: u16) -> u16 {
    match height {
        h if h >= 16 => 4,
        h if h >= 8 => 2,
        _ => 0,
    }
}

pub fn areas(width: u16, height: u16, view: View) -> Areas {
    let full = Rect::new(0, 0, width, height);
    let header_h = header_lines(height);
    let tabs_h = u16::from(height >= 3);
    let footer_h = u16::from(height >= 2);
    let header = Rect::new(0, 0, width, header_h);
    let tabs = Rect::new(0, header_h, width, tabs_h);
    let footer = Rect::new(0, height.saturating_sub(footer_h), width, footer_h);
    let body_y = header_h + tabs_h;
    let body =
        Rect::new(0, body_y, width, height.saturating_sub(body_y + footer_h)).intersection(full);

    let (list, details) = if view != View::Roadmap {
        (body, None)
    } else if width >= 120 {
        // Wide: details beside the list.
        let dw = (width * 2 / 5).min(64);
        let list = Rect::new(body.x, body.y, width - dw, body.height);
        let details = Rect::new(body.x + width - dw, body.y, dw, body.height);
        (list, Some(details))
    } else if body.height >= 14 {
        // Narrow but tall enough: details below the list.
        let dh = (body.height / 3).clamp(6, 10);
        let list = Rect::new(body.x, body.y, width, body.height - dh);
        let details = Rect::new(body.x, body.y + body.height - dh, width, dh);
        (list, Some(details))
    } else {
        (body, None)
    };
    Areas {
        header,
        tabs,
        body,
        list,
        details,
        footer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_tile_the_screen_at_every_size() {
        for w in [1u16, 20, 80, 119, 120, 160, 300] {
            for h in [1u16, 2, 5, 7, 8, 15, 16, 24, 48, 100] {
                for v in View::ALL {
                    let a = areas(w, h, v);
                    let full = Rect::new(0, 0, w, h);
                    for r in [a.header, a.tabs, a.body, a.list, a.footer]
                        .into_iter()
                        .chain(a.details)
                    {
                        assert_eq!(r.intersection(full), r, "{w}x{h} {v}: {r:?} outside");
                    }
                    let total = a.header.height + a.tabs.height + a.body.height + a.footer.height;
                    assert_eq!(total, h, "{w}x{h} {v}: rows add up");
                }
            }
        }
    }

    #[test]
    fn details_sit_beside_when_wide_and_below_when_tall() {
        let wide = areas(160, 48, View::Roadmap);
        assert_eq!(wide.details.unwrap().y, wide.list.y);
        let tall = areas(80, 24, View::Roadmap);
        assert!(tall.details.unwrap().y > tall.list.y);
        assert!(areas(80, 12, View::Roadmap).details.is_none());
        assert!(areas(160, 48, View::Costs).details.is_none());
    }
}
