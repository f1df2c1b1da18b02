//! What the headless-Chromium tests share: the scripts' folder (tests/browser), the check that
//! Node.js, Chromium and the npm packages are there (failing with what to install instead of
//! an obscure error halfway through), and running one script to its JSON report.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

pub fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser")
}

/// The Chromium to drive ($CHROMIUM or Debian's), once everything a script needs is there.
pub fn require_tools() -> String {
    let dir = browser_dir();
    let node = std::process::Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "the browser tests need Node.js (`node` on PATH): run scripts/test, or apt-get install nodejs npm"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "the browser tests need Chromium at {chromium} (or $CHROMIUM): run scripts/test, or apt-get install chromium"
    );
    assert!(
        dir.join("node_modules/playwright-core").is_dir() && dir.join("node_modules/datafast").is_dir(),
        "the browser tests need their npm packages: run scripts/test, or `npm ci` in {}",
        dir.display()
    );
    chromium
}

/// Where the scripts put their screenshots: `$CARGO_TARGET_DIR/screenshots` (kept, not committed).
pub fn screenshot_dir() -> PathBuf {
    PathBuf::from(std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into())).join("screenshots")
}

/// Runs `node <script>` in tests/browser with `env` (plus CHROMIUM and SCREENSHOT_DIR) and
/// returns the last JSON line it printed; fails with its output when it fails or runs longer
/// than `limit`.
pub async fn run_script(script: &str, chromium: &str, env: &[(&str, String)], limit: Duration) -> Value {
    let mut cmd = tokio::process::Command::new("node");
    cmd.arg(script)
        .current_dir(browser_dir())
        .env("CHROMIUM", chromium)
        .env("SCREENSHOT_DIR", screenshot_dir())
        .kill_on_drop(true);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = tokio::time::timeout(limit, cmd.output())
        .await
        .unwrap_or_else(|_| panic!("{script} did not finish within {} s", limit.as_secs()))
        .expect("start node");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{script} failed ({}):\n{}\n{stdout}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .rev()
        .find_map(|l| serde_json::from_str(l).ok())
        .unwrap_or_else(|| panic!("no JSON report from {script} in:\n{stdout}"))
}
