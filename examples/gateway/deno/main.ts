// The feed gateway on Deno (and Deno Deploy): `deno run --allow-net --allow-env main.ts`.
// ALLOW_HOSTS (required, comma-separated), ALLOW_ORIGINS and PORT come from the environment.
import { createGateway } from 'news-widgets/gateway';

const env = (name: string) => Deno.env.get(name);
const gateway = createGateway({
  allow: (env('ALLOW_HOSTS') ?? '').split(',').filter(Boolean),
  origins: env('ALLOW_ORIGINS') ? env('ALLOW_ORIGINS')!.split(',') : '*',
  // For local testing only: never on a public server.
  allowPrivate: env('ALLOW_PRIVATE') === 'true',
});

Deno.serve({ port: Number(env('PORT') ?? 8787), hostname: env('HOST') ?? '127.0.0.1' }, (request) => gateway(request));
