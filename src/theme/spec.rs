//! Reading a theme file. A theme is TOML: `name`, `description`, an optional
//! `inherits` (a built-in theme it layers over) and a `[styles]` table mapping
//! meanings to styles. A style is a colour string (the foreground) or a table
//! with `fg`, `bg`, `bold`, `italic`, `underline`, `dim`, `reversed`. Meanings
//! may be written dotted (`priority.critical = "red"`) or as sub-tables.
//! Errors name the key and the offending value, since a person fixes them.

use super::meaning::Meaning;
use ratatui::style::{Color, Modifier, Style};
use std::collections::HashMap;

/// A parsed theme file, before it is layered over its parent.
#[derive(Debug, Clone, Default)]
pub struct ThemeSpec {
    pub name: Option<String>,
    pub description: Option<String>,
    pub inherits: Option<String>,
    pub styles: HashMap<Meaning, Style>,
}

const STYLE_KEYS: &[&str] = &["fg", "bg", "bold", "italic", "underline", "dim", "reversed"];

pub fn parse(text: &str) -> Result<ThemeSpec, String> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| format!("not valid TOML: {}", e.message()))?;
    let mut spec = ThemeSpec::default();
    for (key, value) in &table {
        match key.as_str() {
            "name" => spec.name = Some(string(key, value)?),
            "description" => spec.description = Some(string(key, value)?),
            "inherits" => spec.inherits = Some(string(key, value)?),
            "styles" => {
                let styles = value
                    .as_table()
                    .ok_or_else(|| "`styles` must be a table".to_string())?;
                read_styles("", styles, &mut spec.styles)?;
            }
            other => {
                return Err(format!(
                    "unknown key `{other}`; a theme has `name`, `description`, `inherits` and `[styles]`"
                ))
            }
        }
    }
    Ok(spec)
}

fn string(key: &str, value: &toml::Value) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("`{key}` must be a string, found `{value}`"))
}

fn read_styles(
    prefix: &str,
    table: &toml::Table,
    out: &mut HashMap<Meaning, Style>,
) -> Result<(), String> {
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner)
                if !inner.keys().any(|k| STYLE_KEYS.contains(&k.as_str())) =>
            {
                read_styles(&full, inner, out)?;
            }
            _ => {
                let meaning = Meaning::from_key(&full).ok_or_else(|| {
                    let known: Vec<&str> = Meaning::ALL.iter().map(|m| m.key()).collect();
                    format!("unknown style `{full}`; known: {}", known.join(", "))
                })?;
                out.insert(meaning, style(&full, value)?);
            }
        }
    }
    Ok(())
}

fn style(key: &str, value: &toml::Value) -> Result<Style, String> {
    match value {
        toml::Value::String(s) => Ok(Style::default().fg(color(key, "fg", s)?)),
        toml::Value::Table(t) => {
            let mut style = Style::default();
            for (attr, v) in t {
                let flag = |m: Modifier| -> Result<Modifier, String> {
                    match v.as_bool() {
                        Some(true) => Ok(m),
                        Some(false) => Ok(Modifier::empty()),
                        None => Err(format!("`{key}.{attr}` must be true or false, found `{v}`")),
                    }
                };
                match attr.as_str() {
                    "fg" | "bg" => {
                        let s = v.as_str().ok_or_else(|| {
                            format!("`{key}.{attr}` must be a colour string, found `{v}`")
                        })?;
                        let c = color(key, attr, s)?;
                        style = if attr == "fg" {
                            style.fg(c)
                        } else {
                            style.bg(c)
                        };
                    }
                    "bold" => style = style.add_modifier(flag(Modifier::BOLD)?),
                    "italic" => style = style.add_modifier(flag(Modifier::ITALIC)?),
                    "underline" => style = style.add_modifier(flag(Modifier::UNDERLINED)?),
                    "dim" => style = style.add_modifier(flag(Modifier::DIM)?),
                    "reversed" => style = style.add_modifier(flag(Modifier::REVERSED)?),
                    other => {
                        return Err(format!(
                            "unknown attribute `{key}.{other}`; allowed: {}",
                            STYLE_KEYS.join(", ")
                        ))
                    }
                }
            }
            Ok(style)
        }
        other => Err(format!(
            "style `{key}` must be a colour string or a table, found `{other}`"
        )),
    }
}

fn color(key: &str, attr: &str, text: &str) -> Result<Color, String> {
    text.parse::<Color>().map_err(|_| {
        format!(
            "`{key}.{attr}`: `{text}` is not a colour; write a name (`red`, `darkgray`, `reset`), `#rrggbb` or an index 0-255"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dotted_nested_and_short_styles() {
        let spec = parse(
            r##"
name = "t"
[styles]
base = "white"
priority.critical = { fg = "black", bg = "#ff0000", bold = true }
[styles.status]
done = "green"
"##,
        )
        .unwrap();
        assert_eq!(spec.name.as_deref(), Some("t"));
        assert_eq!(
            spec.styles[&Meaning::Base],
            Style::default().fg(Color::White)
        );
        assert_eq!(
            spec.styles[&Meaning::PriorityCritical],
            Style::default()
                .fg(Color::Black)
                .bg(Color::Rgb(255, 0, 0))
                .add_modifier(Modifier::BOLD)
        );
        assert_eq!(spec.styles[&Meaning::StatusDone].fg, Some(Color::Green));
    }

    #[test]
    fn errors_name_the_key_and_value() {
        let err = parse("[styles]\npriority.urgent = \"red\"").unwrap_err();
        assert!(err.contains("unknown style `priority.urgent`"), "{err}");
        let err = parse("[styles]\nbase = \"chartreuse-ish\"").unwrap_err();
        assert!(
            err.contains("`base.fg`: `chartreuse-ish` is not a colour"),
            "{err}"
        );
        let err = parse("[styles]\nbase = { fg = \"red\", blink = true }").unwrap_err();
        assert!(err.contains("unknown attribute `base.blink`"), "{err}");
        let err = parse("colour = 1").unwrap_err();
        assert!(err.contains("unknown key `colour`"), "{err}");
        assert!(parse("[styles\n").unwrap_err().contains("not valid TOML"));
    }
}
