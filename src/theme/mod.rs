//! Themes: meanings mapped to styles; built-ins embedded, user files win.
