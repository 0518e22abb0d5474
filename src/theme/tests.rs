use super::*;
use ratatui::style::{Color, Modifier};

#[test]
fn every_builtin_loads_and_sets_every_meaning_itself() {
    for (name, text) in BUILTINS {
        let spec = spec::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            spec.name.as_deref(),
            Some(*name),
            "file name and `name` agree"
        );
        for m in Meaning::ALL {
            assert!(
                spec.styles.contains_key(m),
                "{name} does not set {}",
                m.key()
            );
        }
        let theme = Theme::load_from(name, None).unwrap();
        assert!(theme.warnings.is_empty());
        assert!(!theme.description.is_empty());
    }
}

#[test]
fn priority_badges_differ_in_every_builtin() {
    for (name, _) in BUILTINS {
        let t = Theme::load_from(name, None).unwrap();
        let styles: Vec<Style> = Priority::ALL.iter().map(|p| t.priority(*p)).collect();
        for i in 0..styles.len() {
            for j in i + 1..styles.len() {
                assert_ne!(styles[i], styles[j], "{name}: two priorities look alike");
            }
        }
    }
}

#[test]
fn unknown_names_list_the_available_ones() {
    let err = Theme::load_from("solarized", None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown theme `solarized`; available: dark, light, high-contrast"
    );
}

#[test]
fn a_user_theme_layers_over_its_parent() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.toml"),
        "description = \"mine\"\ninherits = \"light\"\n[styles]\nerror = { fg = \"#112233\" }\n",
    )
    .unwrap();
    let theme = Theme::load_from("mine", Some(dir.path())).unwrap();
    let light = Theme::load_from("light", None).unwrap();
    assert_eq!(theme.name, "mine");
    assert_eq!(theme.description, "mine");
    assert_eq!(
        theme.style(Meaning::Error).fg,
        Some(Color::Rgb(0x11, 0x22, 0x33))
    );
    assert_eq!(theme.style(Meaning::Title), light.style(Meaning::Title));
    assert!(theme.warnings.is_empty());
}

#[test]
fn a_user_file_named_like_a_builtin_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dark.toml"),
        "[styles]\nmuted = \"white\"\n",
    )
    .unwrap();
    let theme = Theme::load_from("dark", Some(dir.path())).unwrap();
    assert_eq!(theme.style(Meaning::Muted).fg, Some(Color::White));
    let builtin = Theme::load_from("dark", None).unwrap();
    assert_eq!(theme.style(Meaning::Title), builtin.style(Meaning::Title));
}

#[test]
fn a_broken_user_theme_warns_and_falls_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("light.toml"), "[styles]\nbase = \"nope\"\n").unwrap();
    std::fs::write(dir.path().join("odd.toml"), "[styles\n").unwrap();
    let light = Theme::load_from("light", Some(dir.path())).unwrap();
    assert_eq!(light, {
        let mut t = Theme::load_from("light", None).unwrap();
        t.warnings = light.warnings.clone();
        t
    });
    assert_eq!(light.warnings.len(), 1);
    assert!(
        light.warnings[0].contains("`nope` is not a colour"),
        "{:?}",
        light.warnings
    );
    assert!(light.warnings[0].contains("using the built-in `light` theme"));

    let odd = Theme::load_from("odd", Some(dir.path())).unwrap();
    assert_eq!(odd.name, "dark");
    assert!(odd.warnings[0].contains("not valid TOML"));
}

#[test]
fn a_meaning_left_unset_inherits_and_patches_its_parent() {
    let parent = spec::parse("[styles]\nbase = { fg = \"white\", bg = \"black\" }\nerror = { fg = \"red\", bold = true }\n").unwrap();
    let child = spec::parse("[styles]\npriority.critical = { bg = \"blue\" }\n").unwrap();
    let t = Theme::resolve("t", &[&parent, &child]);
    let critical = t.style(Meaning::PriorityCritical);
    assert_eq!(critical.fg, Some(Color::Red));
    assert_eq!(critical.bg, Some(Color::Blue));
    assert!(critical.add_modifier.contains(Modifier::BOLD));
    assert_eq!(t.style(Meaning::Blocked), t.style(Meaning::Error));
    assert_eq!(t.style(Meaning::Muted).bg, Some(Color::Black));
}

#[test]
fn listing_shows_builtins_then_user_themes_with_problems() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("zed.toml"), "description = \"z\"\n").unwrap();
    std::fs::write(dir.path().join("bad.toml"), "inherits = \"nothing\"\n").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "ignored").unwrap();
    let list = list_in(Some(dir.path()));
    let names: Vec<&str> = list.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["dark", "light", "high-contrast", "bad", "zed"]);
    assert!(list[..3]
        .iter()
        .all(|t| t.source == ThemeSource::BuiltIn && t.problem.is_none()));
    assert!(list[3]
        .problem
        .as_deref()
        .unwrap()
        .contains("unknown theme `nothing`"));
    assert_eq!(list[4].description, "z");
}

#[test]
fn the_config_file_names_a_theme() {
    assert_eq!(
        configured_name_in("theme = \"light\"\n").as_deref(),
        Some("light")
    );
    assert_eq!(configured_name_in("theme = 3\n"), None);
    assert_eq!(configured_name_in("not toml ["), None);
}
