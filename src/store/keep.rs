//! What a save keeps of the file it replaces, beyond the bytes and the
//! permissions: the owner and group where the system lets the saver set
//! them (root; or a group the saver belongs to), and the extended
//! attributes (ACLs, SELinux labels, `user.*` tags) it may copy. What is not
//! permitted is left as the system makes it: the new file then belongs to
//! whoever saved it, as with any editor that writes a new file.
//!
//! A hard link cannot be kept: the save writes a new file and renames it
//! over the path (that is what makes it atomic), so the file's other names
//! still show the old text. [`link_warning`] says so before a save.

use std::fs::{File, Metadata};
use std::path::Path;

/// Gives the new file `new` the owner, group and extended attributes of the
/// file `old` at `old_path`, as far as permitted. Best effort by design: none
/// of it is the roadmap's data, and a save must not fail over it.
#[cfg(unix)]
pub(crate) fn owner_and_attributes(new: &File, old: &Metadata, old_path: &Path) {
    use std::os::unix::fs::{fchown, MetadataExt};
    if fchown(new, Some(old.uid()), Some(old.gid())).is_err() {
        let _ = fchown(new, None, Some(old.gid()));
    }
    copy_attributes(old_path, new);
}

#[cfg(not(unix))]
pub(crate) fn owner_and_attributes(_new: &File, _old: &Metadata, _old_path: &Path) {}

#[cfg(unix)]
fn copy_attributes(from: &Path, to: &File) {
    use xattr::FileExt;
    let Ok(names) = xattr::list(from) else {
        return;
    };
    for name in names {
        if let Ok(Some(value)) = xattr::get(from, &name) {
            let _ = to.set_xattr(&name, &value);
        }
    }
}

/// A warning for a file with more than one name (hard link): a save
/// replaces the file at this name only.
#[cfg(unix)]
pub fn link_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let links = std::fs::metadata(path).ok()?.nlink();
    (links > 1).then(|| {
        format!(
            "warning: {} has {links} names (hard links); saving replaces the file at this \
             name, so the other {} keep{} the old text",
            path.display(),
            if links == 2 { "name" } else { "names" },
            if links == 2 { "s" } else { "" },
        )
    })
}

#[cfg(not(unix))]
pub fn link_warning(_path: &Path) -> Option<String> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn attributes_are_copied_to_the_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("plan.toml");
        fs::write(&old, "old").unwrap();
        xattr::set(&old, "user.roadmap.test", b"kept").expect("user.* attributes here");
        let new = dir.path().join("new.toml");
        let file = File::create(&new).unwrap();
        owner_and_attributes(&file, &fs::metadata(&old).unwrap(), &old);
        assert_eq!(
            xattr::get(&new, "user.roadmap.test").unwrap().as_deref(),
            Some(&b"kept"[..])
        );
    }

    #[test]
    fn only_a_file_with_several_names_is_warned_about() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "x").unwrap();
        assert_eq!(link_warning(&path), None);
        fs::hard_link(&path, dir.path().join("a.toml")).unwrap();
        fs::hard_link(&path, dir.path().join("b.toml")).unwrap();
        let warning = link_warning(&path).unwrap();
        assert!(warning.contains("has 3 names"), "{warning}");
        assert!(
            warning.contains("the other names keep the old text"),
            "{warning}"
        );
        assert_eq!(link_warning(&dir.path().join("missing.toml")), None);
    }
}
