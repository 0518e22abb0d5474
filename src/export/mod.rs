//! Exporters: TOML, markdown, JSON, CSV.
