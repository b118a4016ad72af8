# syntax=docker/dockerfile:1
# Build stage: native toolchain for better-sqlite3, all dependencies, compile; then keep only what runs.
FROM node:24-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
# The cards use two of the pretendard package's files (98 MB in all): copy those, then drop
# dev dependencies (tsx, esbuild, the font package) and native build intermediates.
RUN npm run build \
 && mkdir -p fonts \
 && cp node_modules/pretendard/dist/public/static/alternative/Pretendard-Regular.ttf \
       node_modules/pretendard/dist/public/static/alternative/Pretendard-Bold.ttf fonts/ \
 && npm prune --omit=dev \
 && sh scripts/slim-node-modules.sh

# Runtime stage: no compilers, no dev dependencies, not root.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/studybot.db
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/fonts ./fonts
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# Same behaviour as `npm start`: Discord with DISCORD_TOKEN, the console without it (docker run -i).
# A small young generation keeps the resident memory close to a bare discord.js client's: the
# bot allocates little per interaction, and V8 otherwise grows the nursery to tens of MB.
CMD ["node", "--max-semi-space-size=2", "dist/index.js"]
