//! The `datafast` binary: parses configuration and hands off to the library crates.

mod account;
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
    Serve(serve::ServeArgs),
    /// Manage accounts.
    Account {
        #[command(subcommand)]
        command: account::AccountCommand,
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
            Command::Serve(args) => serve::run(args).await,
            Command::Account { command } => account::run(command).await,
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
