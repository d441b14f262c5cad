// The feed gateway in Node: `node gateway.mjs`. ALLOW_HOSTS (required, comma-separated),
// ALLOW_ORIGINS, PORT and HOST come from the environment.
import { createGateway, serveNode } from 'news-widgets/gateway';

const env = process.env;
const gateway = createGateway({
  allow: (env.ALLOW_HOSTS ?? '').split(',').filter(Boolean),
  origins: env.ALLOW_ORIGINS ? env.ALLOW_ORIGINS.split(',') : '*',
  log: (message) => console.error(message),
});
const { origin } = await serveNode(gateway, { port: Number(env.PORT ?? 8787), host: env.HOST ?? '0.0.0.0' });
console.log(`news-widgets gateway on ${origin}/feed?url=<feed URL>`);
