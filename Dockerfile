# Pendamping IKM: the CLI and (later) the bot, on the embedded database by default.
# docker build -t pendamping-ikm . && docker run -it -v pendamping-data:/app/data pendamping-ikm
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
USER node
ENTRYPOINT ["node", "bin/pendamping.js"]
CMD ["start"]
