//! `datafast mentions import`: stores X and Reddit mentions of a website for
//! `GET /api/v1/mentions`, from newline-delimited JSON written by whatever collector the owner
//! runs (this server does not reach X or Reddit). It writes only the metadata store (SQLite in
//! WAL mode), so it works while a server runs on the same data directory. The whole file goes
//! in or nothing does: a bad line is reported with its number and nothing is stored.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use anyhow::{bail, Context};
use clap::Subcommand;
use datafast_core::mention::{self, MAX_PER_WEBSITE};
use datafast_core::{time, ObjectId};
use datafast_store::{MentionStore, MetaStore, StoreError};
use datafast_store_embedded::{meta_path, SqliteMetaStore};
use serde_json::json;

use crate::DataDir;

#[derive(Subcommand, Debug)]
pub enum MentionsCommand {
    /// Store mentions from a file of JSON lines: {"platform": "x"|"reddit", "url", "text",
    /// "postedAt" (ISO 8601 with Z or an offset), "author"?, "title"?, "community"?}. A post
    /// already stored (same platform and URL) is left as it is. `-` reads standard input.
    Import {
        /// The website's id (24 hex characters).
        #[arg(long)]
        website: String,
        file: PathBuf,
        #[command(flatten)]
        data_dir: DataDir,
    },
}

pub async fn run(command: MentionsCommand) -> anyhow::Result<()> {
    let MentionsCommand::Import { website, file, data_dir } = command;
    let website_id: ObjectId =
        website.trim().parse().map_err(|_| anyhow::anyhow!("--website must be a website id (24 hex characters)"))?;
    let store = SqliteMetaStore::open(&meta_path(data_dir.ensure()?)).await.context("opening the metadata store")?;
    if store.website(website_id).await?.is_none() {
        bail!("no website {website_id} in {}", data_dir.path.display());
    }
    let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        Box::new(BufReader::new(std::fs::File::open(&file).with_context(|| format!("opening {}", file.display()))?))
    };
    let now = time::now_millis();
    let mut mentions = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("reading line {}", i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        if mentions.len() >= MAX_PER_WEBSITE {
            bail!("more than {MAX_PER_WEBSITE} mentions in one file; nothing was stored");
        }
        let m = mention::parse_import_line(&line, website_id, now)
            .map_err(|e| anyhow::anyhow!("line {}: {}; nothing was stored", i + 1, e.0))?;
        mentions.push(m);
    }
    let read = mentions.len();
    let added = match store.add_mentions(website_id, mentions, MAX_PER_WEBSITE).await {
        Err(StoreError::LimitReached(max)) => {
            bail!("a website keeps at most {max} mentions; nothing was stored")
        }
        other => other?,
    };
    println!("{}", json!({ "read": read, "added": added, "alreadyStored": read - added }));
    Ok(())
}
