//! Changes to a roadmap as values; applying one returns its inverse (undo by inversion).
