# Pendamping IKM: the Telegram bot and the mentor workspace (`start`, with TELEGRAM_BOT_TOKEN), or any other
# command (`bot`, `dashboard`, `ingest`, ...), on the embedded database by default or on PostgreSQL with
# DATABASE_URL (see docker-compose.yml, which runs it with PostgreSQL + pgvector).
#   docker build -t pendamping-ikm .
#   docker run -d -p 127.0.0.1:8080:8080 -v pendamping-data:/app/data -e TELEGRAM_BOT_TOKEN=… \
#     -e PSEUDONYM_SECRET=… -e PUBLIC_URL=http://localhost:8080 pendamping-ikm
# Three stages: `build` compiles TypeScript to dist/ (tsc), `deps` installs the runtime dependencies only,
# and the final image holds Node, those, dist/, prompts/ and knowledge/: no compiler, no tsx, no sources.
ARG NODE_IMAGE=node:24-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Local packages the lock file links (an empty stand-in for a misdeclared dependency of sastrawijs).
COPY vendor ./vendor
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
# No runtime dependency needs an install script.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
# tini is PID 1: it passes SIGTERM (docker stop) to Node, which finishes the answers in flight, and reaps.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# HOST=0.0.0.0: inside a container the workspace must listen beyond loopback to be reachable through a
# published port; publish it on the host's 127.0.0.1 (or behind a TLS proxy), as docker-compose.yml does.
ENV NODE_ENV=production PENDAMPING_DATA_DIR=/app/data HOST=0.0.0.0 PORT=8080
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/vendor ./vendor
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY prompts ./prompts
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
# The image's own unprivileged user (uid 1000); nothing under /app but the data directory is writable.
USER node
VOLUME ["/app/data"]
# The mentor workspace (start, dashboard) or the webhook (BOT_MODE=webhook) listens on PORT.
EXPOSE 8080
# Works for every command: see bin/healthcheck.js. The first start migrates and loads knowledge/.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "bin/healthcheck.js"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--", "node", "bin/pendamping.js"]
CMD ["start"]
