//! A tiny SMTP server for tests: speaks enough SMTP (EHLO/HELO, MAIL, RCPT, DATA, RSET,
//! NOOP, QUIT) to receive what the server sends, or refuses every message when built with
//! `refusing`, counting attempts.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: Vec<String>,
    /// Headers and body as received (dot-stuffing undone).
    pub data: String,
}

impl Mail {
    pub fn subject(&self) -> String {
        self.data.lines().find_map(|l| l.strip_prefix("Subject: ")).unwrap_or_default().to_string()
    }

    /// The body as the reader sees it: quoted-printable soft line breaks joined and `=XX`
    /// escapes decoded (mailers fold lines longer than 76 characters).
    pub fn text(&self) -> String {
        let body = self.data.split_once("\n\n").map_or("", |(_, b)| b);
        if !self.data.contains("Content-Transfer-Encoding: quoted-printable") {
            return body.to_string();
        }
        let joined = body.replace("=\n", "");
        let mut bytes = Vec::new();
        let mut rest = joined.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            let hex = tail.get(..2).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
            match (b, hex) {
                (b'=', Some(decoded)) => {
                    bytes.push(decoded);
                    rest = &tail[2..];
                }
                _ => {
                    bytes.push(b);
                    rest = tail;
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

#[derive(Default)]
struct Inbox {
    mails: Vec<Mail>,
    attempts: usize,
}

pub struct SmtpSink {
    pub url: String,
    inbox: Arc<Mutex<Inbox>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        Self::start_with(false).await
    }

    pub async fn refusing() -> SmtpSink {
        Self::start_with(true).await
    }

    async fn start_with(refuse: bool) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let inbox = Arc::new(Mutex::new(Inbox::default()));
        let shared = Arc::clone(&inbox);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let inbox = Arc::clone(&shared);
                tokio::spawn(async move {
                    let _ = session(stream, inbox, refuse).await;
                });
            }
        });
        SmtpSink { url, inbox }
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.inbox.lock().unwrap().mails.clone()
    }

    /// `MAIL FROM` commands seen (each delivery attempt sends one).
    pub fn attempts(&self) -> usize {
        self.inbox.lock().unwrap().attempts
    }

    /// Waits (polling, at most 30 s) until at least `n` mails arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Mail> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let mails = self.mails();
            if mails.len() >= n {
                return mails;
            }
            assert!(tokio::time::Instant::now() < deadline, "only {} of {n} mails arrived", mails.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn session(stream: tokio::net::TcpStream, inbox: Arc<Mutex<Inbox>>, refuse: bool) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 sink ESMTP ready\r\n").await?;
    let mut to = Vec::new();
    while let Some(line) = lines.next_line().await? {
        let upper = line.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") {
            b"250-sink\r\n250 8BITMIME\r\n"
        } else if upper.starts_with("MAIL FROM") {
            inbox.lock().unwrap().attempts += 1;
            to.clear();
            if refuse {
                b"451 4.3.0 Mailbox temporarily unavailable\r\n"
            } else {
                b"250 OK\r\n"
            }
        } else if upper.starts_with("RCPT TO") {
            let addr = line[8..].trim().trim_start_matches(':').trim().trim_matches(['<', '>']).to_string();
            to.push(addr);
            b"250 OK\r\n"
        } else if upper == "DATA" {
            write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            let mut data = String::new();
            while let Some(l) = lines.next_line().await? {
                if l == "." {
                    break;
                }
                data.push_str(l.strip_prefix('.').unwrap_or(&l));
                data.push('\n');
            }
            inbox.lock().unwrap().mails.push(Mail { to: std::mem::take(&mut to), data });
            b"250 OK queued\r\n"
        } else if upper == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            b"250 OK\r\n"
        };
        write.write_all(reply).await?;
    }
    Ok(())
}
