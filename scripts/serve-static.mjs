#!/usr/bin/env node
/**
 * A tiny static file server for the built demo (dist-demo/), bound to the
 * loopback interface only: the demo is for the person at this machine.
 *
 *   node scripts/serve-static.mjs [dir=dist-demo] [--port 8080]
 *
 * --port 0 picks a free port. The first line printed is always
 * "Serving <dir> at http://127.0.0.1:<port>/" so scripts and tests can read the URL.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
};

function parseArguments(argv) {
  let directory = "dist-demo";
  let port = 8080;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === "--port") {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535, got "${argv[i]}".`);
    } else if (argument.startsWith("--")) {
      throw new Error(`Unknown option ${argument}. Usage: node scripts/serve-static.mjs [dir] [--port 8080]`);
    } else {
      directory = argument;
    }
  }
  return { directory: path.resolve(directory), port };
}

async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, "." + path.posix.normalize(decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      const index = path.join(candidate, "index.html");
      return (await stat(index)).isFile() ? index : null;
    }
    return info.isFile() ? candidate : null;
  } catch {
    return null;
  }
}

async function main() {
  const { directory, port } = parseArguments(process.argv.slice(2));
  const rootInfo = await stat(directory).catch(() => null);
  if (!rootInfo || !rootInfo.isDirectory()) {
    throw new Error(`${directory} does not exist. Build the demo first: npm run build:demo`);
  }
  const server = http.createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = await resolveFile(directory, request.url ?? "/");
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${request.url}`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file)
      .on("error", (error) => response.destroy(error))
      .pipe(response);
  });
  server.on("error", (error) => {
    console.error(`Could not serve on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    console.log(`Serving ${path.relative(process.cwd(), directory) || "."} at http://127.0.0.1:${address.port}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
