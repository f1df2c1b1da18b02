//! `datafast account create`: the first way in. It writes only the metadata store (SQLite in
//! WAL mode), so it works while a server runs on the same data directory.

use std::io::BufRead;

use anyhow::{bail, Context};
use clap::Subcommand;
use datafast_core::access::{WebsiteScope, MAX_TOKENS_PER_ACCOUNT};
use datafast_core::password::hash_password;
use datafast_core::secret::{self, ACCOUNT_TOKEN_PREFIX};
use datafast_core::{time, ObjectId, PermissionSet};
use datafast_store::{AccessToken, MetaStore, NewUser, StoreError};
use datafast_store_embedded::{meta_path, SqliteMetaStore};
use serde_json::json;

use crate::DataDir;

#[derive(Subcommand, Debug)]
pub enum AccountCommand {
    /// Create a user and print a full-access account token (shown once).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: Option<String>,
        /// Read the dashboard password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        data_dir: DataDir,
    },
}

fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
}

pub async fn run(command: AccountCommand) -> anyhow::Result<()> {
    let AccountCommand::Create { email, name, password_stdin, data_dir } = command;
    let email = email.trim().to_lowercase();
    if !valid_email(&email) {
        bail!("\"{email}\" is not a valid email address");
    }
    let name = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    if name.as_ref().is_some_and(|n| n.chars().count() > 100) {
        bail!("--name must be at most 100 characters");
    }
    let password_hash = if password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).context("reading the password from stdin")?;
        let password = line.trim_end_matches(['\n', '\r']);
        Some(hash_password(password)?)
    } else {
        None
    };

    let dir = data_dir.ensure()?;
    let store = SqliteMetaStore::open(&meta_path(dir)).await.context("opening the metadata store")?;
    let user = match store.create_user(NewUser { email, name, password_hash }).await {
        Err(StoreError::Conflict(msg)) => bail!("{msg}"),
        other => other?,
    };
    let minted = secret::mint(ACCOUNT_TOKEN_PREFIX);
    let token = AccessToken {
        id: ObjectId::generate(),
        user_id: user.id,
        name: Some("Created by datafast account create".into()),
        display_key: minted.display,
        digest: minted.digest,
        permissions: PermissionSet::All,
        scope: WebsiteScope::All,
        last_used_at: None,
        created_at: time::now_millis(),
    };
    store.create_access_token(token, MAX_TOKENS_PER_ACCOUNT).await?;
    println!("{}", json!({ "userId": user.id, "token": minted.raw }));
    Ok(())
}
