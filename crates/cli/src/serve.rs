//! `datafast serve`: opens the embedded stores, binds, announces the URL, serves until
//! SIGINT/SIGTERM and then drains in-flight requests.

use std::io::Write;
use std::sync::Arc;

use anyhow::Context;
use clap::Args;
use datafast_server::{AppState, ServerConfig};
use datafast_store_embedded::{events_path, meta_path, DuckEventStore, SqliteMetaStore};

use crate::DataDir;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on (`127.0.0.1:0` picks a free port).
    #[arg(long, env = "DATAFAST_LISTEN", default_value = "127.0.0.1:8000")]
    listen: String,
    #[command(flatten)]
    data_dir: DataDir,
    /// Public origin used in links the API returns, e.g. https://analytics.example.com
    #[arg(long, env = "DATAFAST_PUBLIC_URL")]
    public_url: Option<String>,
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DATAFAST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    init_logging();
    let dir = args.data_dir.ensure()?;
    let meta = SqliteMetaStore::open(&meta_path(dir))
        .await
        .context("opening the metadata store")?;
    let events = DuckEventStore::open(&events_path(dir))
        .await
        .context("opening the event store")?;
    let state = AppState {
        meta: Arc::new(meta),
        events: Arc::new(events),
        config: Arc::new(ServerConfig {
            public_url: args.public_url,
            ..ServerConfig::default()
        }),
    };
    let listener = tokio::net::TcpListener::bind(&args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    // One line on stdout once connections are accepted: scripts and tests wait for it.
    println!("datafast listening on http://{addr}");
    std::io::stdout().flush()?;
    tracing::info!(%addr, data_dir = %dir.display(), "server started");
    datafast_server::serve(listener, state, shutdown_signal())
        .await
        .context("server error")?;
    Ok(())
}
