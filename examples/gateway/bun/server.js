// The feed gateway on Bun: `bun server.js`. ALLOW_HOSTS (required, comma-separated),
// ALLOW_ORIGINS, PORT and HOST come from the environment.
import { createGateway } from 'news-widgets/gateway';

const env = process.env;
const gateway = createGateway({
  allow: (env.ALLOW_HOSTS ?? '').split(',').filter(Boolean),
  origins: env.ALLOW_ORIGINS ? env.ALLOW_ORIGINS.split(',') : '*',
  // For local testing only: never on a public server.
  allowPrivate: env.ALLOW_PRIVATE === 'true',
});

const server = Bun.serve({ port: Number(env.PORT ?? 8787), hostname: env.HOST ?? '127.0.0.1', fetch: gateway });
console.log(`news-widgets gateway on ${server.url.origin}/feed?url=<feed URL>`);
