//! `datafast serve`: opens the embedded stores, binds, announces the URL, serves until
//! SIGINT/SIGTERM and then drains in-flight requests.

use std::io::Write;
use std::sync::Arc;

use anyhow::Context;
use clap::Args;
use datafast_core::sealed::ServerKey;
use datafast_ingest::identity::Identity;
use datafast_ingest::pipeline::Pipeline;
use datafast_ingest::{IngestConfig, IngestQueue};
use datafast_server::alert_delivery;
use datafast_server::mail::{Mailer, RetryPolicy};
use datafast_server::reports::{self, ReportConfig};
use datafast_server::{default_trusted_proxies, AppState, IpNet, RateLimitConfig, RateLimiters, ServerConfig};
use datafast_store::{EventStore, MetaStore};
use datafast_store_embedded::{events_path, load_or_create_server_key, meta_path, DuckEventStore, SqliteMetaStore};

use crate::{DataDir, GeoIpArg};

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
    /// Reverse proxies (IPs or CIDR blocks) whose client-IP headers are believed.
    /// Default: loopback only.
    #[arg(long = "trusted-proxy", env = "DATAFAST_TRUSTED_PROXIES", value_delimiter = ',')]
    trusted_proxies: Vec<String>,
    /// Longest time an accepted event waits in the spool before it is written to the event
    /// store, in milliseconds.
    #[arg(long, env = "DATAFAST_INGEST_FLUSH_MS", default_value_t = 500)]
    ingest_flush_ms: u64,
    #[command(flatten)]
    geoip: GeoIpArg,
    /// Memory the event store (DuckDB) may use before large queries spill to disk.
    #[arg(long, env = "DATAFAST_EVENTS_MEMORY", default_value = datafast_store_embedded::DEFAULT_MEMORY_LIMIT)]
    events_memory: String,
    /// API requests per minute per credential (dft_ token or df_ key; requests without a
    /// valid credential count per client IP). 0 disables the limit.
    #[arg(long, env = "DATAFAST_RATE_LIMIT_PER_MINUTE", default_value_t = RateLimitConfig::default().api_per_minute)]
    rate_limit_per_minute: u32,
    /// Events per minute accepted from one client IP (IPv6: per /64). 0 disables the limit.
    #[arg(long, env = "DATAFAST_INGEST_RATE_LIMIT_PER_IP", default_value_t = RateLimitConfig::default().ingest_per_ip_per_minute)]
    ingest_rate_limit_per_ip: u32,
    /// Events per minute accepted for one website. 0 disables the limit.
    #[arg(
        long,
        env = "DATAFAST_INGEST_RATE_LIMIT_PER_WEBSITE",
        default_value_t = RateLimitConfig::default().ingest_per_website_per_minute
    )]
    ingest_rate_limit_per_website: u32,
    /// Public dashboard reads per minute from one client IP without a credential. 0 disables
    /// the limit.
    #[arg(
        long,
        env = "DATAFAST_PUBLIC_RATE_LIMIT_PER_IP",
        default_value_t = RateLimitConfig::default().public_per_ip_per_minute
    )]
    public_rate_limit_per_ip: u32,
    /// Crawler hits per minute accepted on POST /api/bot-traffic from one client IP (IPv6:
    /// per /64). 0 disables the limit.
    #[arg(
        long,
        env = "DATAFAST_BOT_INGEST_RATE_LIMIT_PER_IP",
        default_value_t = RateLimitConfig::default().bot_ingest_per_ip_per_minute
    )]
    bot_ingest_rate_limit_per_ip: u32,
    /// Crawler hits per minute accepted on POST /api/bot-traffic for one website (that is,
    /// per dfbot_ token). 0 disables the limit.
    #[arg(
        long,
        env = "DATAFAST_BOT_INGEST_RATE_LIMIT_PER_WEBSITE",
        default_value_t = RateLimitConfig::default().bot_ingest_per_website_per_minute
    )]
    bot_ingest_rate_limit_per_website: u32,
    /// Payment-provider webhook deliveries per minute accepted for one website (past it: 429,
    /// which providers retry later). 0 disables the limit.
    #[arg(
        long,
        env = "DATAFAST_WEBHOOK_RATE_LIMIT_PER_WEBSITE",
        default_value_t = RateLimitConfig::default().webhook_per_website_per_minute
    )]
    webhook_rate_limit_per_website: u32,
    /// Key (64 hex characters) that encrypts payment-provider credentials at rest. Default:
    /// generated on first start into <data-dir>/server.key (mode 0600).
    #[arg(long, env = "DATAFAST_SERVER_KEY", hide_env_values = true)]
    server_key: Option<String>,
    /// Accept Stripe rk_test_ and Paddle sandbox keys when connecting integrations.
    #[arg(long, env = "DATAFAST_ALLOW_TEST_PAYMENT_KEYS")]
    allow_test_payment_keys: bool,
    /// Crawler hits each account may store per calendar month (UTC), across its websites.
    #[arg(long, env = "DATAFAST_BOT_TRAFFIC_ALLOWANCE", default_value_t = 1_000_000)]
    bot_traffic_allowance: u64,
    #[command(flatten)]
    email: EmailArgs,
}

/// Outgoing email (goal alerts, traffic-spike alerts, weekly reports).
#[derive(Args, Debug)]
pub struct EmailArgs {
    /// SMTP server for outgoing email: smtp://host:port (plain; add ?tls=required for
    /// STARTTLS), smtps://host:port (TLS), credentials as smtp://user:password@host.
    /// Without it, alerts are recorded as failed ("No SMTP server is configured").
    #[arg(long, env = "DATAFAST_SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// Sender address of outgoing email.
    #[arg(long, env = "DATAFAST_SMTP_FROM", default_value = "datafast <datafast@localhost>")]
    smtp_from: String,
    /// Delivery attempts per email before it is recorded as failed.
    #[arg(long, env = "DATAFAST_SMTP_ATTEMPTS", default_value_t = 3)]
    smtp_attempts: u32,
    /// Wait after the first failed attempt, in milliseconds; doubled after each further one.
    #[arg(long, env = "DATAFAST_SMTP_RETRY_MS", default_value_t = 2000)]
    smtp_retry_ms: u64,
    /// Shortest time between two emails of one goal alert, in seconds; completions in
    /// between are recorded as throttled and counted in the next email. 0: every completion
    /// is emailed.
    #[arg(long, env = "DATAFAST_ALERT_MIN_INTERVAL_SECS", default_value_t = alert_delivery::DEFAULT_MIN_INTERVAL.as_secs())]
    alert_min_interval_secs: u64,
    /// How often traffic spikes and due weekly reports are checked, in seconds.
    #[arg(long, env = "DATAFAST_REPORTS_CHECK_SECS", default_value_t = 300)]
    reports_check_secs: u64,
    /// Visitors in the last hour below which no traffic-spike alert is sent.
    #[arg(long, env = "DATAFAST_VIRAL_MIN_VISITORS", default_value_t = 50)]
    viral_min_visitors: i64,
    /// Testing aid: check every this many milliseconds instead (overrides the above).
    #[arg(long, env = "DATAFAST_REPORTS_CHECK_MS", hide = true)]
    reports_check_ms: Option<u64>,
    /// Testing aid: send weekly reports every this many seconds (last 7 days) instead of
    /// Mondays at 08:00 local time.
    #[arg(long, env = "DATAFAST_WEEKLY_REPORT_EVERY_SECS", hide = true)]
    weekly_report_every_secs: Option<u64>,
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DATAFAST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed when this is called, not when the
/// future is first polled: the server announces its address only after, so a signal sent as
/// soon as the address is known still shuts down gracefully.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).context("installing the SIGINT handler")?;
        let mut terminate = signal(SignalKind::terminate()).context("installing the SIGTERM handler")?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
            tracing::info!("shutting down");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutting down");
        })
    }
}

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    init_logging();
    let dir = args.data_dir.ensure()?;
    let server_key = match &args.server_key {
        Some(hex) => ServerKey::from_hex(hex).context("--server-key")?,
        None => load_or_create_server_key(dir).context("reading or creating the server key")?,
    };
    let meta =
        SqliteMetaStore::open(&meta_path(dir)).await.context("opening the metadata store")?.with_server_key(server_key);
    let events = DuckEventStore::open_with_memory_limit(&events_path(dir), &args.events_memory)
        .await
        .context("opening the event store")?;
    let trusted_proxies = if args.trusted_proxies.is_empty() {
        default_trusted_proxies()
    } else {
        args.trusted_proxies
            .iter()
            .map(|s| IpNet::parse(s.trim()).with_context(|| format!("--trusted-proxy {s} is not an IP or CIDR block")))
            .collect::<anyhow::Result<Vec<_>>>()?
    };
    let meta: Arc<dyn MetaStore> = Arc::new(meta);
    let events: Arc<dyn EventStore> = Arc::new(events);
    // Before accepting traffic: replay acknowledged events the store does not have yet.
    let mut ingest_config = IngestConfig::new(dir.join("spool"));
    ingest_config.flush_interval = std::time::Duration::from_millis(args.ingest_flush_ms.max(1));
    let mailer = Arc::new(
        Mailer::new(
            args.email.smtp_url.as_deref(),
            &args.email.smtp_from,
            RetryPolicy {
                attempts: args.email.smtp_attempts,
                base_delay: std::time::Duration::from_millis(args.email.smtp_retry_ms),
            },
        )
        .map_err(anyhow::Error::msg)?,
    );
    // Goals reach the alert worker once they are stored.
    let (goal_tx, goal_rx) = alert_delivery::channel();
    ingest_config.stored_goals = Some(goal_tx);
    alert_delivery::spawn(
        Arc::clone(&meta),
        Arc::clone(&mailer),
        goal_rx,
        std::time::Duration::from_secs(args.email.alert_min_interval_secs),
    );
    let report_config = ReportConfig {
        check_every: match args.email.reports_check_ms {
            Some(ms) => std::time::Duration::from_millis(ms.max(10)),
            None => std::time::Duration::from_secs(args.email.reports_check_secs.max(1)),
        },
        viral_min_visitors: args.email.viral_min_visitors,
        weekly_every_secs: args.email.weekly_report_every_secs,
    };
    reports::spawn(Arc::clone(&meta), Arc::clone(&events), Arc::clone(&mailer), report_config);
    spawn_store_upkeep(Arc::clone(&events));
    spawn_credit_upkeep(Arc::clone(&events));
    let (ingest, ingest_workers) =
        IngestQueue::start(ingest_config, Arc::clone(&events)).await.context("starting ingestion")?;
    // Compile the user-agent regex set and load the referrer dataset now, not on the first event.
    tokio::task::spawn_blocking(|| {
        datafast_ingest::user_agent::warm_up();
        datafast_ingest::referrer::warm_up();
    })
    .await
    .context("loading user-agent rules and the referrer dataset")?;
    let identity = Identity::load_or_create(&dir.join("ingest.secret")).context("reading the ingestion secret")?;
    let geo = args.geoip.open()?;
    let pipeline = Pipeline::new(meta.clone(), identity, geo);
    // Visitors active in the last 30 minutes carry on their session across the restart.
    let since = datafast_core::time::now_millis() - datafast_ingest::sessions::SESSION_TIMEOUT_MS;
    pipeline.sessions.warm(events.recent_sessions(since).await.context("reading recent sessions")?);
    let rate_limits = RateLimitConfig {
        api_per_minute: args.rate_limit_per_minute,
        ingest_per_ip_per_minute: args.ingest_rate_limit_per_ip,
        ingest_per_website_per_minute: args.ingest_rate_limit_per_website,
        public_per_ip_per_minute: args.public_rate_limit_per_ip,
        bot_ingest_per_ip_per_minute: args.bot_ingest_rate_limit_per_ip,
        bot_ingest_per_website_per_minute: args.bot_ingest_rate_limit_per_website,
        webhook_per_website_per_minute: args.webhook_rate_limit_per_website,
    };
    let state = AppState {
        meta: Arc::clone(&meta),
        events,
        config: Arc::new(ServerConfig {
            public_url: args.public_url,
            trusted_proxies,
            rate_limits,
            allow_test_payment_keys: args.allow_test_payment_keys,
            bot_traffic_monthly_allowance: args.bot_traffic_allowance,
            ..ServerConfig::default()
        }),
        ingest,
        pipeline: Arc::new(pipeline),
        rate_limiters: RateLimiters::new(&rate_limits),
    };
    let listener = tokio::net::TcpListener::bind(&args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    let shutdown = shutdown_signal()?;
    // One line on stdout once connections are accepted: scripts and tests wait for it.
    println!("datafast listening on http://{addr}");
    std::io::stdout().flush()?;
    tracing::info!(%addr, data_dir = %dir.display(), "server started");
    datafast_server::serve(listener, state, shutdown).await.context("server error")?;
    // Every request handle is gone now; store what was accepted before exiting.
    ingest_workers.shutdown().await;
    tracing::info!("stopped");
    Ok(())
}

/// The event store's upkeep (the embedded store rolls closed days into its per-day session
/// rollup): at start, then every minute, each time until nothing is left to do. Each step is
/// one short transaction, so ingestion keeps flowing in between.
fn spawn_store_upkeep(events: Arc<dyn datafast_store::EventStore>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            loop {
                match events.maintain(datafast_core::time::now_millis()).await {
                    Ok(0) => break,
                    Ok(_) => continue,
                    Err(e) => {
                        tracing::warn!(error = %e, "event store upkeep failed; retrying in a minute");
                        break;
                    }
                }
            }
        }
    });
}

/// Stores revenue attribution (`datafast_query::refresh_payment_credit`) every few seconds:
/// until a website's payments are stored again after a change (a payment, a payer's event),
/// they are computed from the events on every read, which costs far more. Nothing pending
/// costs one small query. The pause after a pass is at least ten times the pass, so storing
/// (on the writer, between ingestion's appends) never takes more than a tenth of its time.
fn spawn_credit_upkeep(events: Arc<dyn datafast_store::EventStore>) {
    tokio::spawn(async move {
        loop {
            let started = std::time::Instant::now();
            if let Err(e) = datafast_query::refresh_payment_credit(events.as_ref()).await {
                tracing::warn!(error = %e, "storing revenue attribution failed; retrying shortly");
            }
            let pause = (started.elapsed() * 10).max(std::time::Duration::from_secs(5));
            tokio::time::sleep(pause).await;
        }
    });
}
