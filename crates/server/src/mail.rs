//! Outgoing email through an SMTP server (`--smtp-url`): `smtp://host:port` (plain, or
//! STARTTLS with `?tls=required`), `smtps://host:port` (implicit TLS), credentials as
//! `smtp://user:pass@host`. TLS is rustls. A failed delivery is retried with exponential
//! backoff; only the last error is reported.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How often and how patiently a message is retried: attempt `n` (from 1) waits
/// `base * 2^(n-1)` after failing.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub base_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 3, base_delay: Duration::from_secs(2) }
    }
}

pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    retry: RetryPolicy,
}

pub const NOT_CONFIGURED: &str = "No SMTP server is configured (start the server with --smtp-url)";

impl Mailer {
    /// `smtp_url: None` builds a mailer that fails every delivery with `NOT_CONFIGURED`, so
    /// alerts still show in their history why nothing arrived.
    pub fn new(smtp_url: Option<&str>, from: &str, retry: RetryPolicy) -> Result<Mailer, String> {
        let from: Mailbox = from.parse().map_err(|e| format!("--smtp-from {from:?}: {e}"))?;
        let transport = match smtp_url {
            None => None,
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("--smtp-url: {e}"))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
        };
        Ok(Mailer { transport, from, retry: RetryPolicy { attempts: retry.attempts.max(1), ..retry } })
    }

    pub fn disabled() -> Mailer {
        Mailer {
            transport: None,
            from: "datafast <datafast@localhost>".parse().expect("valid"),
            retry: RetryPolicy::default(),
        }
    }

    /// Sends a plain-text email, retrying per the policy; `Err` carries the last failure.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        let Some(transport) = &self.transport else {
            return Err(NOT_CONFIGURED.to_string());
        };
        let to: Mailbox = to.parse().map_err(|e| format!("invalid recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .map_err(|e| format!("building the message: {e}"))?;
        let mut last = String::new();
        for attempt in 1..=self.retry.attempts {
            match transport.send(message.clone()).await {
                Ok(_) => return Ok(()),
                Err(e) => {
                    last = e.to_string();
                    tracing::warn!(attempt, error = %last, "email delivery failed");
                    if attempt < self.retry.attempts {
                        tokio::time::sleep(self.retry.base_delay * 2u32.pow(attempt - 1)).await;
                    }
                }
            }
        }
        Err(format!("SMTP delivery failed after {} attempts: {last}", self.retry.attempts))
    }
}
