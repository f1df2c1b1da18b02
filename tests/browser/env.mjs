// What every script here reads from its environment: a required variable, or exit 2 naming it
// (the Rust tests and `datafast-bench dashboard` set them; see each script's header).
import { basename } from "node:path";

export function required(name) {
  const v = process.env[name];
  if (!v) {
    console.error(`${basename(process.argv[1] || "script")}: set ${name}`);
    process.exit(2);
  }
  return v;
}
