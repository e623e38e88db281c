// The web tests drive Debian's Chromium through playwright-core (a browser download cannot work here).
// Installs it with apt-get when it is missing; prints why and fails when it cannot.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.error(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium (apt-get)…`);
  try {
    const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (e) {
    console.error(`ensure-chromium: could not install chromium (${e.message}); the web tests will fail`);
    process.exit(1);
  }
}
