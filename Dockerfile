# syntax=docker/dockerfile:1
#
# One image for every process: api (default CMD), worker, migrate and seed.
#   api:     node dist/apps/api/src/main.js
#   worker:  node dist/apps/worker/src/main.js
#   migrate: node dist/scripts/migrate.js   (roles and database if missing, migrations as the owner, grants)
#   seed:    node dist/scripts/seed.js      (demo data; refused with NODE_ENV=production unless --allow-production)
#   verify:  node dist/scripts/audit-verify.js (recomputes the audit trail's hash chain)
#
# Three stages: `build` compiles with every dependency; `production-deps` installs the production dependencies
# alone from the lockfile (no TypeScript, ts-node, Nest CLI, Jest or the development mail catcher); `runtime` gets
# only those and the compiled output (about 250 MB in /app, docs/architecture.md#the-image). Node.js 24, the current
# LTS (README, "Node.js").

ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------------------
# build: install all dependencies and compile
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# Toolchain for native modules, only used when a prebuilt binary is missing
# (argon2 ships prebuilds for linux x64/arm64). Never reaches the runtime image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# COPY of a directory copies its contents, so each directory gets its own line.
COPY tsconfig*.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
COPY scripts ./scripts

# `nest build api` compiles apps, libs, migrations and scripts into dist/ (tsconfig.build.json leaves out tests,
# test helpers and the development-only scripts).
RUN npm run build

# ---------------------------------------------------------------------------
# production-deps: the production dependencies only, straight from the lockfile
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS production-deps

RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# `npm ci --omit=dev` alone would keep TypeScript and ts-node: they are optional peers of TypeORM, and npm installs
# a package that is both a dev dependency and an optional one. Without the devDependencies in the manifest they are
# nobody's dependency; the lockfile still fixes every version that is installed.
COPY package.json package-lock.json ./
RUN npm pkg delete devDependencies \
 && npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---------------------------------------------------------------------------
# runtime: production dependencies and compiled output only
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

ENV NODE_ENV=production
WORKDIR /app

# Files stay owned by root (read-only for the process); the app runs as `node`.
COPY --from=production-deps /app/package.json ./package.json
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist

USER node

EXPOSE 3000

# Slim images have no curl; use Node's built-in fetch. Only meaningful for the api:
# the worker and one-shot containers should disable it (docker-compose.yml does).
# /api/health answers 200 when PostgreSQL and Redis are up (even if the worker is
# down: "degraded") and 503 when a store is unreachable.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/apps/api/src/main.js"]
