//! `TestApp`: one real server process per test, plus request helpers.

use std::process::Stdio;
use std::time::Duration;

use reqwest::Method;
use serde_json::Value;
use tempfile::TempDir;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub const BIN: &str = env!("CARGO_BIN_EXE_datafast");

pub struct TestApp {
    pub base: String,
    pub dir: TempDir,
    http: reqwest::Client,
    pub child: Child,
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub body: Value,
}

impl Resp {
    /// `data[0]` of a success envelope.
    pub fn first(&self) -> &Value {
        &self.body["data"][0]
    }

    pub fn data(&self) -> &Vec<Value> {
        self.body["data"].as_array().unwrap_or_else(|| panic!("no data array in {:?}", self.body))
    }

    /// Asserts the status and, for errors, DataFast's exact envelope.
    #[track_caller]
    pub fn expect(&self, status: u16) -> &Self {
        assert_eq!(self.status, status, "unexpected status; body: {}", self.body);
        if status >= 400 {
            assert_eq!(self.body["status"], "error", "{}", self.body);
            assert_eq!(self.body["error"]["code"], status, "{}", self.body);
            assert!(self.body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{}", self.body);
            assert_eq!(self.body.as_object().unwrap().len(), 2, "{}", self.body);
        } else {
            assert_eq!(self.body["status"], "success", "{}", self.body);
        }
        self
    }
}

pub struct Account {
    pub user_id: String,
    pub token: String,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_in(tempfile::tempdir().expect("temp dir")).await
    }

    /// Starts a server on an existing data directory, configured through the environment.
    pub async fn spawn_in(dir: TempDir) -> TestApp {
        Self::spawn_with_env(dir, &[]).await
    }

    pub async fn spawn_with_env(dir: TempDir, env: &[(&str, &str)]) -> TestApp {
        let mut child = Command::new(BIN)
            .envs(env.iter().copied())
            .arg("serve")
            .env("DATAFAST_LISTEN", "127.0.0.1:0")
            .env("DATAFAST_DATA_DIR", dir.path())
            .env("DATAFAST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("start datafast serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
            .await
            .expect("server did not announce its URL within 60 s")
            .expect("read stdout")
            .expect("server exited before announcing its URL");
        let base = line.rsplit(' ').next().expect("url in announce line").to_string();
        assert!(base.starts_with("http://127.0.0.1:"), "unexpected announce line: {line}");
        TestApp { base, dir, http: reqwest::Client::new(), child }
    }

    /// The data directory, for restarting on it after the process was killed.
    pub fn into_dir(self) -> TempDir {
        self.dir
    }

    /// Sends SIGTERM and waits for the process to exit; returns its exit code.
    pub async fn terminate(mut self) -> (Option<i32>, TempDir) {
        let pid = self.child.id().expect("running server").to_string();
        let status = std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill");
        assert!(status.success());
        let exit = tokio::time::timeout(Duration::from_secs(30), self.child.wait())
            .await
            .expect("server did not stop within 30 s of SIGTERM")
            .expect("wait");
        (exit.code(), self.dir)
    }

    /// Runs the CLI against this server's data directory (while the server runs).
    pub async fn cli(&self, args: &[&str], stdin: Option<&str>) -> std::process::Output {
        let mut cmd = Command::new(BIN);
        cmd.args(args).arg("--data-dir").arg(self.dir.path());
        cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start datafast cli");
        if let Some(input) = stdin {
            use tokio::io::AsyncWriteExt;
            let mut pipe = child.stdin.take().expect("stdin");
            pipe.write_all(input.as_bytes()).await.expect("write stdin");
            drop(pipe);
        }
        child.wait_with_output().await.expect("cli output")
    }

    pub async fn create_account(&self, email: &str) -> Account {
        let out = self.cli(&["account", "create", "--email", email], None).await;
        assert!(out.status.success(), "account create failed: {}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).expect("account create prints JSON");
        Account {
            user_id: v["userId"].as_str().expect("userId").to_string(),
            token: v["token"].as_str().expect("token").to_string(),
        }
    }

    pub async fn call(&self, method: Method, path: &str, token: Option<&str>, body: Option<Value>) -> Resp {
        let mut req = self.http.request(method, format!("{}{}", self.base, path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.expect("request");
        let status = res.status().as_u16();
        let text = res.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("non-JSON response ({status}): {text}"));
        Resp { status, body }
    }

    pub async fn raw(&self, req: reqwest::RequestBuilder) -> Resp {
        let res = req.send().await.expect("request");
        let status = res.status().as_u16();
        let text = res.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("non-JSON response ({status}): {text}"));
        Resp { status, body }
    }

    /// Sends bytes as they are over one TCP connection and parses the HTTP/1.1 response;
    /// for requests an HTTP client would refuse or could not send deterministically.
    pub async fn raw_http(&self, request: Vec<u8>) -> Resp {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let addr = self.base.trim_start_matches("http://");
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        // The server may answer before reading everything; a failed write is then expected.
        let _ = stream.write_all(&request).await;
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response).await;
        let text = String::from_utf8_lossy(&response).to_string();
        let status: u16 =
            text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("bad response: {text}"));
        let (head, raw_body) = text.split_once("\r\n\r\n").expect("header/body separator");
        let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
            dechunk(raw_body)
        } else {
            raw_body.to_string()
        };
        let body = serde_json::from_str(&body).unwrap_or_else(|_| panic!("non-JSON response ({status}): {body}"));
        Resp { status, body }
    }

    pub fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.http.request(method, format!("{}{}", self.base, path))
    }

    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Resp {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Resp {
        self.call(Method::PUT, path, Some(token), Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Resp {
        self.call(Method::DELETE, path, Some(token), None).await
    }

    /// GETs `path` until it answers 200 with a body for which `done` holds (the writer stores
    /// acknowledged events within half a second); returns that body, or fails after 5 seconds.
    pub async fn eventually(&self, path: &str, token: &str, done: impl Fn(&Value) -> bool) -> Value {
        let mut last = (0, Value::Null);
        for _ in 0..100 {
            let r = self.get(path, token).await;
            if r.status == 200 && done(&r.body) {
                return r.body;
            }
            last = (r.status, r.body);
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{path} never reached the expected state: {} {}", last.0, last.1);
    }

    /// Creates a website and returns its id.
    pub async fn website(&self, token: &str, domain: &str) -> String {
        let r =
            self.post("/api/v1/admin/websites", token, serde_json::json!({"domain": domain, "timezone": "UTC"})).await;
        r.expect(200);
        r.first()["websiteId"].as_str().expect("websiteId").to_string()
    }

    /// Mints an account token with the given body and returns the raw key.
    pub async fn token(&self, token: &str, body: Value) -> String {
        let r = self.post("/api/v1/admin/access-tokens", token, body).await;
        r.expect(200);
        r.first()["key"].as_str().expect("key").to_string()
    }

    /// Creates a `df_` website key and returns the raw key.
    pub async fn website_key(&self, token: &str, website_id: &str) -> String {
        let r = self.post(&format!("/api/v1/admin/websites/{website_id}/apikeys"), token, serde_json::json!({})).await;
        r.expect(200);
        r.first()["key"].as_str().expect("key").to_string()
    }
}

pub fn is_object_id(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub fn is_iso_millis(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.len() == 24 && s.ends_with('Z') && s.as_bytes()[19] == b'.' && chrono_like(s))
}

fn chrono_like(s: &str) -> bool {
    s.as_bytes()[4] == b'-' && s.as_bytes()[10] == b'T' && s.as_bytes()[13] == b':'
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}
