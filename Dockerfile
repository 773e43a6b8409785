# syntax=docker/dockerfile:1
# The advisor in a container: compiled with the dev dependencies, run on Node 24 with production dependencies only,
# as a non-root user. `npm run smoke` (run by .ci/run) reads this file and performs the same steps outside Docker,
# then asks the result a question over HTTP; keep to the instructions scripts/smoke/dockerfile.ts understands.

FROM node:24-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Dependency scripts are not needed to compile; the runtime stage installs with them.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY dialogs ./dialogs
COPY cards ./cards
COPY locales ./locales
COPY scripts ./scripts
RUN npm run build

FROM node:24-trixie-slim AS runtime
# The diagrams draw Latin text with DejaVu Sans and Chinese with Noto Sans CJK: without them no text at all.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY bin ./bin
# Production dependencies only; botbuilder-dialogs' install script runs (it needs rimraf, a dependency for that).
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY web ./web
# The image's unprivileged user: the files above belong to root, so the advisor cannot change its own code.
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "bin/healthcheck.js"]
CMD ["node", "bin/start.js"]
