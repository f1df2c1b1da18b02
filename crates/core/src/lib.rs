//! Domain types of datafast, shared by every other crate. Nothing here does I/O:
//! ids, permissions and credential rules, website settings validation, time formats.

pub mod access;
pub mod bot;
pub mod country;
pub mod currency;
pub mod email;
pub mod funnel;
pub mod fx;
pub mod goal;
pub mod ids;
pub mod integration;
pub mod mention;
pub mod net;
pub mod note;
pub mod password;
pub mod payment;
pub mod permission;
pub mod query;
pub mod sealed;
pub mod secret;
pub mod time;
pub mod uuid;
pub mod webhook;
pub mod website;

pub use access::{AccessDenied, Credential, Role};
pub use ids::ObjectId;
pub use permission::{Permission, PermissionSet};
