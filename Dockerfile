# syntax=docker/dockerfile:1
# One image for every service: the command picks which one runs (docker-compose.yml, helm/support-graph).
#   gateway:   node gateway/dist/main.js                      (the default)
#   subgraph:  node gateway/dist/start-subgraph.js <name>     (tickets, knowledge, agents, feedback, roadmap…)

# Pinned to an exact Node 24 LTS release on Debian bookworm (package.json "engines": >=24 <25).
ARG NODE_IMAGE=node:24.11.1-bookworm-slim

# --- dependencies: the committed lock file, exactly; native modules (kuzu, better-sqlite3) compile here ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ ca-certificates && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY packages/runtime/package.json packages/runtime/
COPY packages/test-kit/package.json packages/test-kit/
COPY gateway/package.json gateway/
COPY support_agents/package.json support_agents/
COPY clients/web/package.json clients/web/
# Every subgraph's package.json (a new subgraph folder needs no change here).
COPY subgraphs/ /tmp/subgraphs/
RUN cd /tmp/subgraphs && find . -maxdepth 2 -name package.json -exec sh -c 'mkdir -p /app/subgraphs/$(dirname "$1") && cp "$1" /app/subgraphs/"$1"' _ {} \; && rm -rf /tmp/subgraphs
RUN npm ci --no-audit --no-fund

# --- build: transpile every workspace (swc) and bundle the console, then drop dev dependencies ---
FROM deps AS build
COPY . .
RUN node scripts/build.mjs --quiet && npm prune --omit=dev --no-audit --no-fund

# --- runtime: no compiler, no sources' tests, not root ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    SUBGRAPH_HOST=0.0.0.0 \
    HEALTH_PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
# Each service sets HEALTH_PORT to the port it listens on; /health answers once its store does.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "gateway/dist/main.js"]
