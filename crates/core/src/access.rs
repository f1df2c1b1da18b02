//! Who is calling and what they may do. The three gates of a `dft_` token (permission list,
//! website scope, the owner's role on the website) and the rules of a `df_` key (bound to one
//! website, capped at member) are decided here, as pure functions, so every route applies the
//! same rules in the same order:
//! credential type → permission → website scope/existence → role.

use crate::{ObjectId, Permission, PermissionSet};

/// A person's role on a website. Ordered: a higher role can do everything a lower one can.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Member,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Member => "member",
            Role::Owner => "owner",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "viewer" => Some(Role::Viewer),
            "member" => Some(Role::Member),
            "owner" => Some(Role::Owner),
            _ => None,
        }
    }
}

/// Which websites an account token may touch. `All` is stored and shown as `[]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebsiteScope {
    All,
    Only(Vec<ObjectId>),
}

impl WebsiteScope {
    pub fn from_ids(ids: Vec<ObjectId>) -> Self {
        if ids.is_empty() {
            WebsiteScope::All
        } else {
            let mut ids = ids;
            ids.sort();
            ids.dedup();
            WebsiteScope::Only(ids)
        }
    }

    pub fn includes(&self, website: &ObjectId) -> bool {
        match self {
            WebsiteScope::All => true,
            WebsiteScope::Only(ids) => ids.contains(website),
        }
    }

    pub fn covers(&self, other: &WebsiteScope) -> bool {
        match (self, other) {
            (WebsiteScope::All, _) => true,
            (WebsiteScope::Only(_), WebsiteScope::All) => false,
            (WebsiteScope::Only(_), WebsiteScope::Only(theirs)) => theirs.iter().all(|id| self.includes(id)),
        }
    }

    pub fn ids(&self) -> &[ObjectId] {
        match self {
            WebsiteScope::All => &[],
            WebsiteScope::Only(ids) => ids,
        }
    }
}

/// An authenticated credential, as resolved from a bearer secret.
#[derive(Debug, Clone)]
pub enum Credential {
    /// `dft_`: acts for `user_id` with a permission list and a website scope.
    AccountToken { token_id: ObjectId, user_id: ObjectId, permissions: PermissionSet, scope: WebsiteScope },
    /// `df_`: bound to one website. `permissions` are those of the credential that minted it,
    /// so a key can never do more than its creator could; `user_id` is that creator.
    WebsiteKey { key_id: ObjectId, website_id: ObjectId, user_id: ObjectId, permissions: PermissionSet },
}

/// Why a request is refused. The HTTP layer maps `NotFound` to 404 and the rest to 403.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessDenied {
    AccountTokenRequired,
    MissingPermission(Permission),
    OutOfScope,
    RoleTooLow { needed: Role },
    NotFound,
}

impl AccessDenied {
    pub fn message(&self) -> String {
        match self {
            AccessDenied::AccountTokenRequired => {
                "This endpoint manages account-level resources and requires an account token (dft_); website API keys (df_) cannot call it".to_string()
            }
            AccessDenied::MissingPermission(p) => format!("This token does not have the \"{p}\" permission"),
            AccessDenied::OutOfScope => "The caller token does not have access to this website".to_string(),
            AccessDenied::RoleTooLow { needed: Role::Owner } => "Only the website owner can do this".to_string(),
            AccessDenied::RoleTooLow { .. } => "Your role on this website is read-only".to_string(),
            AccessDenied::NotFound => "Website not found".to_string(),
        }
    }
}

/// DataFast's documented caps.
pub const MAX_TOKENS_PER_ACCOUNT: usize = 20;
pub const MAX_KEYS_PER_WEBSITE: usize = 10;

/// The most a `df_` key may act as, whatever its creator's role.
pub const WEBSITE_KEY_ROLE_CAP: Role = Role::Member;

impl Credential {
    pub fn user_id(&self) -> ObjectId {
        match self {
            Credential::AccountToken { user_id, .. } | Credential::WebsiteKey { user_id, .. } => *user_id,
        }
    }

    pub fn permissions(&self) -> &PermissionSet {
        match self {
            Credential::AccountToken { permissions, .. } | Credential::WebsiteKey { permissions, .. } => permissions,
        }
    }

    pub fn is_website_key(&self) -> bool {
        matches!(self, Credential::WebsiteKey { .. })
    }

    /// Gate for account-level routes (`/access-tokens`, `POST /websites`, ...).
    pub fn require_account_token(&self) -> Result<(), AccessDenied> {
        if self.is_website_key() {
            Err(AccessDenied::AccountTokenRequired)
        } else {
            Ok(())
        }
    }

    pub fn require(&self, permission: Permission) -> Result<(), AccessDenied> {
        if self.permissions().allows(permission) {
            Ok(())
        } else {
            Err(AccessDenied::MissingPermission(permission))
        }
    }

    /// First half of the website gate, decided without looking at storage: a `df_` key only
    /// reaches its own website and a scoped token only its allowlist. Answering `OutOfScope`
    /// here, before any lookup, means a restricted credential never learns whether some other
    /// website id exists.
    pub fn website_in_reach(&self, website: &ObjectId) -> Result<(), AccessDenied> {
        let in_reach = match self {
            Credential::AccountToken { scope, .. } => scope.includes(website),
            Credential::WebsiteKey { website_id, .. } => website_id == website,
        };
        if in_reach {
            Ok(())
        } else {
            Err(AccessDenied::OutOfScope)
        }
    }

    /// Second half, given the calling user's role on the website (`None`: no membership).
    /// Returns the role the credential acts with.
    pub fn effective_role(&self, user_role: Option<Role>, needed: Role) -> Result<Role, AccessDenied> {
        let role = user_role.ok_or(AccessDenied::OutOfScope)?;
        let role = if self.is_website_key() { role.min(WEBSITE_KEY_ROLE_CAP) } else { role };
        if role >= needed {
            Ok(role)
        } else {
            Err(AccessDenied::RoleTooLow { needed })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(perms: &[&str], scope: Vec<ObjectId>) -> Credential {
        Credential::AccountToken {
            token_id: ObjectId::generate(),
            user_id: ObjectId::generate(),
            permissions: PermissionSet::parse(perms).unwrap(),
            scope: WebsiteScope::from_ids(scope),
        }
    }

    #[test]
    fn website_keys_are_refused_on_account_routes_and_bound_to_their_site() {
        let site = ObjectId::generate();
        let key = Credential::WebsiteKey {
            key_id: ObjectId::generate(),
            website_id: site,
            user_id: ObjectId::generate(),
            permissions: PermissionSet::All,
        };
        assert_eq!(key.require_account_token(), Err(AccessDenied::AccountTokenRequired));
        assert!(key.website_in_reach(&site).is_ok());
        assert_eq!(key.website_in_reach(&ObjectId::generate()), Err(AccessDenied::OutOfScope));
        // capped at member even when the creator owns the site
        assert_eq!(key.effective_role(Some(Role::Owner), Role::Member), Ok(Role::Member));
        assert_eq!(
            key.effective_role(Some(Role::Owner), Role::Owner),
            Err(AccessDenied::RoleTooLow { needed: Role::Owner })
        );
    }

    #[test]
    fn scoped_tokens_and_roles() {
        let a = ObjectId::generate();
        let t = token(&["analytics:read"], vec![a]);
        assert!(t.require(Permission::AnalyticsRead).is_ok());
        assert_eq!(
            t.require(Permission::SettingsWrite),
            Err(AccessDenied::MissingPermission(Permission::SettingsWrite))
        );
        assert!(t.website_in_reach(&a).is_ok());
        assert!(t.website_in_reach(&ObjectId::generate()).is_err());
        assert_eq!(
            t.effective_role(Some(Role::Viewer), Role::Member),
            Err(AccessDenied::RoleTooLow { needed: Role::Member })
        );
        assert_eq!(t.effective_role(None, Role::Viewer), Err(AccessDenied::OutOfScope));
    }

    #[test]
    fn scope_containment() {
        let (a, b) = (ObjectId::generate(), ObjectId::generate());
        let all = WebsiteScope::All;
        let only_a = WebsiteScope::from_ids(vec![a]);
        let ab = WebsiteScope::from_ids(vec![a, b]);
        assert!(all.covers(&ab));
        assert!(ab.covers(&only_a));
        assert!(!only_a.covers(&ab));
        assert!(!only_a.covers(&all));
    }
}
