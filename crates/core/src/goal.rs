//! Goal display customizations: how a goal is shown (display name, color, description)
//! without renaming the tracked event, and the palette its color must come from.

use crate::website::{is_goal_name, InvalidField};
use crate::ObjectId;

pub const MAX_DISPLAY_NAME: usize = 80;
pub const MAX_DESCRIPTION: usize = 300;
/// DataFast's body limit for the customization PATCH.
pub const MAX_BODY_BYTES: usize = 4 * 1024;
/// Saved customizations per website; DataFast publishes none, this keeps the list bounded.
pub const MAX_CUSTOMIZATIONS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalCustomization {
    pub website_id: ObjectId,
    pub goal_name: String,
    pub display_name: Option<String>,
    pub color: Option<String>,
    pub description: Option<String>,
    pub updated_at: i64,
}

impl GoalCustomization {
    /// A customization with every field cleared is no customization at all.
    pub fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.color.is_none() && self.description.is_none()
    }
}

pub struct PaletteColor {
    pub color: &'static str,
    pub family: &'static str,
    pub label: &'static str,
}

/// The colors a goal may take. DataFast publishes `#ef4444` (red) and `#8dcdff`; the others
/// are the values clients are known to send successfully, completed with the common families.
pub const PALETTE: &[PaletteColor] = &[
    PaletteColor { color: "#ef4444", family: "red", label: "Red" },
    PaletteColor { color: "#f97316", family: "orange", label: "Orange" },
    PaletteColor { color: "#eab308", family: "yellow", label: "Yellow" },
    PaletteColor { color: "#84cc16", family: "green", label: "Lime" },
    PaletteColor { color: "#22c55e", family: "green", label: "Green" },
    PaletteColor { color: "#14b8a6", family: "teal", label: "Teal" },
    PaletteColor { color: "#8dcdff", family: "blue", label: "Sky" },
    PaletteColor { color: "#3b82f6", family: "blue", label: "Blue" },
    PaletteColor { color: "#6366f1", family: "purple", label: "Indigo" },
    PaletteColor { color: "#a855f7", family: "purple", label: "Purple" },
    PaletteColor { color: "#ec4899", family: "pink", label: "Pink" },
    PaletteColor { color: "#64748b", family: "gray", label: "Slate" },
];

/// The palette entry for a color, compared case-insensitively.
pub fn palette_color(raw: &str) -> Option<&'static str> {
    PALETTE.iter().find(|c| c.color.eq_ignore_ascii_case(raw.trim())).map(|c| c.color)
}

/// A goal name as customizations key it: trimmed, lower-cased, spaces become `_`, then
/// `a-z 0-9 _ - :` and at most 64 characters; `identify` is reserved.
pub fn normalize_goal_name(raw: &str) -> Result<String, InvalidField> {
    let name = raw.trim().to_lowercase().replace(' ', "_");
    if !is_goal_name(&name) {
        return Err(InvalidField(format!(
            "`goalName` \"{raw}\" is not a valid goal name: letters, digits, _ - : and at most 64 characters"
        )));
    }
    if name == "identify" {
        return Err(InvalidField("`goalName` \"identify\" is reserved".into()));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goal_names_are_normalized() {
        assert_eq!(normalize_goal_name(" Signup Started ").unwrap(), "signup_started");
        assert_eq!(normalize_goal_name("checkout:paid").unwrap(), "checkout:paid");
        for bad in ["", "identify", "Identify", "a/b", &"x".repeat(65)] {
            assert!(normalize_goal_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn palette_lookup_ignores_case() {
        assert_eq!(palette_color("#EF4444"), Some("#ef4444"));
        assert_eq!(palette_color("#123456"), None);
    }
}
