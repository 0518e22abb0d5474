use super::*;

#[test]
fn escape_makes_markup_and_controls_inert() {
    assert_eq!(
        escape("<b>\"Tom\" & 'Jerry'</b>\u{7}\n"),
        "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;\u{FFFD}\n"
    );
}
