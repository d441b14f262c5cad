// The feed gateway as a Cloudflare Worker. Settings come from the Worker's variables
// (wrangler.toml): ALLOW_HOSTS (required, comma-separated), ALLOW_ORIGINS (optional).
import { createGateway } from 'news-widgets/gateway';

let gateway;

export default {
  async fetch(request, env) {
    gateway ??= createGateway({
      allow: (env.ALLOW_HOSTS ?? '').split(',').filter(Boolean),
      origins: env.ALLOW_ORIGINS ? env.ALLOW_ORIGINS.split(',') : '*',
      // A Worker cannot resolve a name before it fetches, and needs not: its fetch leaves from
      // Cloudflare's network, which does not reach your private network or loopback. IP
      // literals in private ranges are still refused by the gateway itself.
      lookup: false,
      // For local testing only (wrangler dev, workerd): never set it on a deployed Worker.
      allowPrivate: env.ALLOW_PRIVATE === 'true',
    });
    return gateway(request);
  },
};
