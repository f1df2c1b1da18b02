//! The `datafast` binary: parses configuration and hands off to the library crates.

mod account;
mod import;
mod mentions;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "datafast", version, about = "Self-hosted, revenue-first web analytics that speaks DataFast's API")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server.
    Serve(Box<serve::ServeArgs>),
    /// Manage accounts.
    Account {
        #[command(subcommand)]
        command: account::AccountCommand,
    },
    /// Load raw events (newline-delimited JSON) into a website; the server must be stopped.
    Import(import::ImportArgs),
    /// Store X and Reddit mentions of a website, searched by `GET /api/v1/mentions`.
    Mentions {
        #[command(subcommand)]
        command: mentions::MentionsCommand,
    },
}

/// Where the embedded stores live (`meta.sqlite`, `events.duckdb`).
#[derive(Args, Debug, Clone)]
pub struct DataDir {
    #[arg(long = "data-dir", env = "DATAFAST_DATA_DIR", default_value = "./datafast-data")]
    pub path: PathBuf,
}

impl DataDir {
    pub fn ensure(&self) -> anyhow::Result<&PathBuf> {
        std::fs::create_dir_all(&self.path)
            .map_err(|e| anyhow::anyhow!("cannot create data directory {}: {e}", self.path.display()))?;
        Ok(&self.path)
    }
}

/// The IP-location database used to fill in country, region and city.
#[derive(Args, Debug, Clone)]
pub struct GeoIpArg {
    /// A MaxMind-format .mmdb file (MaxMind GeoLite2/GeoIP2 City or Country, or DB-IP's free
    /// IP to City Lite). Without one, locations are unknown.
    #[arg(long = "geoip-db", env = "DATAFAST_GEOIP_DB")]
    pub geoip_db: Option<PathBuf>,
}

impl GeoIpArg {
    pub fn open(&self) -> anyhow::Result<Option<datafast_ingest::geo::GeoDb>> {
        let Some(path) = &self.geoip_db else {
            tracing::info!(
                "no GeoIP database: countries, regions and cities will be unknown. To enable them, pass \
                 --geoip-db PATH with a MaxMind-format .mmdb file (DB-IP's free IP to City Lite, CC BY 4.0, \
                 or MaxMind GeoLite2 City); see the README section \"Locations\""
            );
            return Ok(None);
        };
        let db = datafast_ingest::geo::GeoDb::open(path)?;
        tracing::info!(database = db.description(), "GeoIP database loaded");
        Ok(Some(db))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => serve::run(*args).await,
            Command::Account { command } => account::run(command).await,
            Command::Import(args) => import::run(args).await,
            Command::Mentions { command } => mentions::run(command).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
