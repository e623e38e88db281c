// The PostgreSQL tests and the benchmark start a private PostgreSQL + PostGIS server on loopback (see
// pg-cluster.ts). Installs Debian's packages when they are missing; prints why and fails when it cannot.
import { existsSync, readdirSync } from "node:fs";
import { execSync } from "node:child_process";

const root = "/usr/lib/postgresql";
const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)) : [];
const hasPostgis = versions.some((v) => existsSync(`/usr/share/postgresql/${v}/extension/postgis.control`));
if (!versions.length || !hasPostgis) {
  console.error(
    "ensure-postgres: PostgreSQL or PostGIS is missing; installing Debian's postgresql and postgis (apt-get)…",
  );
  try {
    const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
    // postgresql-common would start a system cluster on install; the tests never use it
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive ` +
        `apt-get install -y -qq postgresql postgresql-postgis`,
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  } catch (e) {
    console.error(
      `ensure-postgres: could not install PostgreSQL/PostGIS (${e.message}); the PostgreSQL tests will fail`,
    );
    process.exit(1);
  }
}
