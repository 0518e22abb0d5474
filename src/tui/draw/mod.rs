//! Drawing: pure functions from `&State` to a frame. Nothing here changes the
//! state, so the same code draws the terminal, `roadmap render` and the
//! snapshot tests.

pub mod bar;
pub mod bulk;
pub mod burnup;
pub mod costs;
pub mod details;
pub mod dialog;
pub mod editor;
pub mod filter_menu;
pub mod findings;
pub mod footer;
pub mod format;
pub mod header;
pub mod help;
pub mod log;
pub mod maturity;
pub mod overlay;
pub mod page;
pub mod picker;
pub mod records;
pub mod scenario;
pub mod tabs;
pub mod task_list;
pub mod timeline;
pub mod timeline_axis;
pub mod timeline_strip;

use super::layout;
use super::state::{Mode, State};
use super::view::View;
use crate::theme::{Meaning, Theme};
use page::Page;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

type Builder = fn(&State, &Theme, u16, &mut Page);

fn builder(view: View) -> Option<Builder> {
    match view {
        View::Roadmap | View::Timeline => None,
        View::Findings => Some(findings::build),
        View::Maturity => Some(maturity::build),
        View::Costs => Some(costs::build),
    }
}

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let area = frame.area();
    frame.render_widget(Block::default().style(theme.style(Meaning::Base)), area);
    let a = layout::areas(area.width, area.height, state.view);
    header::draw(frame, a.header, state, theme);
    tabs::draw(frame, a.tabs, state, theme);
    match builder(state.view) {
        None if state.view == View::Timeline => timeline::draw(frame, a.body, state, theme),
        None => {
            task_list::draw(frame, a.list, state, theme);
            if let Some(d) = a.details {
                details::draw(frame, d, state, theme);
            }
        }
        Some(build) => document(frame, a.body, state, theme, build),
    }
    footer::draw(frame, a.footer, state, theme);
    match &state.mode {
        Mode::Help { scroll } => help::draw(frame, area, &state.keys, *scroll, theme),
        Mode::Log { scroll } => log::draw(frame, area, &state.log, *scroll, theme),
        Mode::Edit(editor) => editor::draw(frame, area, editor, theme),
        Mode::Pick(p) => picker::draw(frame, area, &state.roadmap, p, theme),
        Mode::Rename { id, input, error } => {
            dialog::rename(frame, area, id, input, error.as_deref(), theme)
        }
        Mode::Confirm(q) => dialog::confirm(frame, area, state, q, theme),
        Mode::SaveAs { input, .. } => dialog::save_as(frame, area, input, theme),
        Mode::Bulk { input } => bulk::draw(frame, area, state, input, theme),
        Mode::Records(r) => records::draw(frame, area, &state.roadmap, r, theme),
        Mode::Filter { cursor } => filter_menu::draw(frame, area, state, *cursor, theme),
        Mode::Changed { conflicts } => dialog::changed(frame, area, state, conflicts, theme),
        Mode::Conflicts { cursor } => {
            dialog::conflicts(frame, area, &state.roadmap.conflicts, *cursor, theme)
        }
        Mode::Scenario(s) => scenario::draw(frame, area, state, s, theme),
        Mode::Normal | Mode::Search { .. } => {}
    }
}

/// Draws a scrolled document view, only the visible lines formatted.
fn document(frame: &mut Frame, area: Rect, state: &State, theme: &Theme, build: Builder) {
    let h = area.height as usize;
    let mut page = Page::new(state.scroll[state.view.index()], h);
    build(state, theme, area.width, &mut page);
    if page.lines.len() < h && state.scroll[state.view.index()] > 0 {
        // Scrolled past the end (after a resize): show the last screenful.
        let total = page.total;
        page = Page::new(total.saturating_sub(h), h);
        build(state, theme, area.width, &mut page);
    }
    frame.render_widget(
        Paragraph::new(page.lines).style(theme.style(Meaning::Base)),
        area,
    );
}

/// How far the current document view can scroll at the current size.
pub fn document_max_scroll(state: &State) -> usize {
    let Some(build) = builder(state.view) else {
        return 0;
    };
    let a = layout::areas(state.size.0, state.size.1, state.view);
    let mut page = Page::counter();
    build(state, &Theme::fallback(), a.body.width, &mut page);
    page.total.saturating_sub(a.body.height as usize)
}
