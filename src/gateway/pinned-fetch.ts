/// <reference types="node" />
// The upstream request where the runtime has node:http (Node; Deno and Bun provide it too):
// it connects to the addresses the private-address check looked at, through the socket's
// `lookup`, instead of letting the connection resolve the name a second time. A DNS server
// that answers a public address to the check and a private one to the connection (DNS
// rebinding) then gets nowhere: there is no second answer.
//
// node:http is imported when a request is made, never when the module loads.

/** An address as `dns.lookup(host, { all: true })` gives it. */
export interface Address {
  address: string;
  family?: number;
}

type LookupCallback = (error: Error | null, address: string | Address[], family?: number) => void;

/** Statuses whose answer has no body (the Response constructor refuses one). */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * A GET of `url`, connected to `addresses` (checked already), as a fetch Response. The body is
 * decoded when the server compressed it, and `signal` aborts both the request and the body.
 * Undefined where the runtime has no node:http, or one without sockets (Cloudflare Workers):
 * the caller then uses its fetch.
 */
export async function pinnedFetch(
  url: URL,
  init: { headers: Record<string, string>; signal: AbortSignal },
  addresses: readonly Address[],
): Promise<Response | undefined> {
  // Cloudflare Workers have a node:http, but built on fetch, with no socket to pin; their fetch
  // does not reach private addresses anyway.
  if ((globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent === 'Cloudflare-Workers')
    return undefined;
  let modules;
  try {
    modules = await Promise.all([
      url.protocol === 'https:' ? import('node:https') : import('node:http'),
      import('node:stream'),
      import('node:zlib'),
    ]);
  } catch {
    return undefined;
  }
  const [{ request }, { Readable }, zlib] = modules;
  const pinned = addresses.map(({ address, family }) => ({
    address,
    family: family ?? (address.includes(':') ? 6 : 4),
  }));
  const lookup = (_host: string, options: { all?: boolean }, callback: LookupCallback) => {
    if (options?.all) callback(null, pinned);
    else callback(null, pinned[0].address, pinned[0].family);
  };
  return new Promise<Response>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        headers: { ...init.headers, 'accept-encoding': 'gzip, deflate, br' },
        lookup: lookup as never,
        signal: init.signal,
      },
      (res) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        }
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 599) {
          res.destroy();
          reject(new Error(`the server answered with status ${status}`));
          return;
        }
        if (NO_BODY.has(status)) {
          res.resume();
          resolve(new Response(null, { status, headers }));
          return;
        }
        const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
        const decoder =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? zlib.createGunzip()
            : encoding === 'deflate'
              ? zlib.createInflate()
              : encoding === 'br'
                ? zlib.createBrotliDecompress()
                : undefined;
        if (decoder) {
          headers.delete('content-encoding');
          headers.delete('content-length');
          res.on('error', (error) => decoder.destroy(error));
        }
        const body = decoder ? res.pipe(decoder) : res;
        resolve(new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status, headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
