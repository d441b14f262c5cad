// HTTP details of the gateway's answers: strong ETags, If-None-Match, and compression.

/** A strong ETag: the body's SHA-256, base64url. */
export async function etagOf(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const b64 = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `"${b64.slice(0, 32)}"`;
}

/** `If-None-Match` compared weakly, as RFC 9110 asks: `*`, or any listed tag with or without `W/`. */
export function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** `br` when the client takes it, else `gzip`, else nothing. */
export function pickEncoding(header: string | null): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    if (name) accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return undefined;
}

/**
 * Compresses with node:zlib where there is one (Node, Deno, Bun, Workers with `nodejs_compat`);
 * elsewhere the answer goes uncompressed and the platform compresses it (Cloudflare does, at
 * its edge, as the reader's browser asks).
 */
export async function compress(
  body: Uint8Array<ArrayBuffer>,
  encoding: 'br' | 'gzip',
): Promise<Uint8Array<ArrayBuffer>> {
  const zlib = await import('node:zlib');
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Uint8Array) => (error ? reject(error) : resolve(new Uint8Array(result)));
    if (encoding === 'br') {
      zlib.brotliCompress(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }, done);
    } else zlib.gzip(body, { level: 9 }, done);
  });
}
