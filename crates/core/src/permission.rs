//! Permission strings of `dft_` account tokens, exactly as DataFast spells them, and the
//! containment rule used when one token mints another: a caller can only hand out what it has.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

macro_rules! permissions {
    ($($variant:ident => $text:literal),+ $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Permission { $($variant),+ }

        impl Permission {
            pub const ALL: &'static [Permission] = &[$(Permission::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Permission::$variant => $text),+ }
            }
        }

        impl FromStr for Permission {
            type Err = UnknownPermission;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(Permission::$variant),)+
                    other => Err(UnknownPermission(other.to_string())),
                }
            }
        }
    };
}

permissions! {
    AnalyticsRead => "analytics:read",
    GoalsRead => "goals:read",
    GoalsWrite => "goals:write",
    PaymentsRead => "payments:read",
    PaymentsWrite => "payments:write",
    IdentifyWrite => "identify:write",
    WebsitesRead => "websites:read",
    WebsitesWrite => "websites:write",
    SettingsRead => "settings:read",
    SettingsWrite => "settings:write",
    FunnelsRead => "funnels:read",
    FunnelsWrite => "funnels:write",
    AlertsRead => "alerts:read",
    AlertsWrite => "alerts:write",
    TeamRead => "team:read",
    TeamWrite => "team:write",
    ApiKeysRead => "api-keys:read",
    ApiKeysWrite => "api-keys:write",
    NotesRead => "notes:read",
    NotesWrite => "notes:write",
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown permission \"{0}\"")]
pub struct UnknownPermission(pub String);

/// What a credential may do: everything (`"*"`) or an explicit set. A `:write` permission
/// does not imply the matching `:read` (DataFast documents no hierarchy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PermissionSet {
    All,
    Only(BTreeSet<Permission>),
}

impl PermissionSet {
    /// Parses the strings of a request or of storage. `"*"` anywhere means full access.
    /// An empty list is rejected: a token that can do nothing is always a mistake.
    pub fn parse<S: AsRef<str>>(items: &[S]) -> Result<Self, PermissionListError> {
        if items.is_empty() {
            return Err(PermissionListError::Empty);
        }
        let mut set = BTreeSet::new();
        let mut unknown = Vec::new();
        let mut wildcard = false;
        for item in items {
            let item = item.as_ref();
            if item == "*" {
                wildcard = true;
            } else {
                match item.parse::<Permission>() {
                    Ok(p) => {
                        set.insert(p);
                    }
                    Err(e) => unknown.push(e.0),
                }
            }
        }
        if !unknown.is_empty() {
            return Err(PermissionListError::Unknown(unknown));
        }
        Ok(if wildcard { PermissionSet::All } else { PermissionSet::Only(set) })
    }

    pub fn allows(&self, permission: Permission) -> bool {
        match self {
            PermissionSet::All => true,
            PermissionSet::Only(set) => set.contains(&permission),
        }
    }

    /// True when every permission of `other` is also granted by `self`.
    pub fn covers(&self, other: &PermissionSet) -> bool {
        match (self, other) {
            (PermissionSet::All, _) => true,
            (PermissionSet::Only(_), PermissionSet::All) => false,
            (PermissionSet::Only(mine), PermissionSet::Only(theirs)) => theirs.is_subset(mine),
        }
    }

    pub fn to_strings(&self) -> Vec<String> {
        match self {
            PermissionSet::All => vec!["*".to_string()],
            PermissionSet::Only(set) => set.iter().map(|p| p.as_str().to_string()).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PermissionListError {
    #[error("permissions must contain at least one permission string")]
    Empty,
    #[error("unknown permission(s): {}; valid values are {} or \"*\"", .0.join(", "), valid_list())]
    Unknown(Vec<String>),
}

fn valid_list() -> String {
    Permission::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_string_parses_and_round_trips() {
        for p in Permission::ALL {
            assert_eq!(p.as_str().parse::<Permission>().unwrap(), *p);
        }
        assert_eq!(Permission::ALL.len(), 20);
    }

    #[test]
    fn wildcard_and_unknown_strings() {
        assert_eq!(PermissionSet::parse(&["*"]).unwrap(), PermissionSet::All);
        assert_eq!(PermissionSet::parse(&["analytics:read", "*"]).unwrap(), PermissionSet::All);
        let err = PermissionSet::parse(&["analytics:read", "analytics:write", "admin"]).unwrap_err();
        assert_eq!(err, PermissionListError::Unknown(vec!["analytics:write".into(), "admin".into()]));
        assert_eq!(PermissionSet::parse::<&str>(&[]).unwrap_err(), PermissionListError::Empty);
    }

    #[test]
    fn containment() {
        let read = PermissionSet::parse(&["analytics:read", "websites:read"]).unwrap();
        let one = PermissionSet::parse(&["analytics:read"]).unwrap();
        let write = PermissionSet::parse(&["funnels:write"]).unwrap();
        assert!(PermissionSet::All.covers(&read));
        assert!(read.covers(&one));
        assert!(!one.covers(&read));
        assert!(!read.covers(&PermissionSet::All));
        assert!(!read.covers(&write));
        // write does not imply read
        assert!(!PermissionSet::parse(&["funnels:write"]).unwrap().allows(Permission::FunnelsRead));
    }
}
