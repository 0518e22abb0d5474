//! Undo and redo stacks of changes.
