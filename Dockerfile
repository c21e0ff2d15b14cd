# Pendamping IKM: the Telegram bot (with TELEGRAM_BOT_TOKEN) or the terminal chat, on the embedded database by
# default or PostgreSQL with DATABASE_URL (see docker-compose.yml).
# docker build -t pendamping-ikm . && docker run -it -v pendamping-data:/app/data -e TELEGRAM_BOT_TOKEN=… pendamping-ikm
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PENDAMPING_DATA_DIR=/app/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY prompts ./prompts
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
# Webhook mode listens here (BOT_MODE=webhook); polling needs no port.
EXPOSE 8080
# docker stop sends SIGTERM: answers in flight are finished and logged before the bot exits.
STOPSIGNAL SIGTERM
USER node
ENTRYPOINT ["node", "bin/pendamping.js"]
CMD ["start"]
