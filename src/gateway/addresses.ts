// Which IP addresses a gateway on the open internet must never fetch from: its own machine,
// private networks, link-local and cloud metadata addresses (a request to them is server-side
// request forgery).

/** IPv4 ranges not to be reached from the internet, as [first octets, prefix length]. */
const V4_BLOCKED: [number[], number][] = [
  [[0], 8], // "this" network
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8], // loopback
  [[169, 254], 16], // link-local, cloud metadata (169.254.169.254)
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[224], 4], // multicast
  [[240], 4], // reserved, broadcast
];

function v4Number(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) < 256)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function v4Blocked(n: number): boolean {
  return V4_BLOCKED.some(([octets, bits]) => {
    const base = octets
      .concat([0, 0, 0, 0])
      .slice(0, 4)
      .reduce((a, o) => a * 256 + o, 0);
    const size = 2 ** (32 - bits);
    return n >= base && n < base + size;
  });
}

/** The 8 groups of an IPv6 address, or undefined when it is not one. */
function v6Groups(address: string): number[] | undefined {
  let text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = v4Number(v4[1]);
    if (n === undefined) return undefined;
    text = text.slice(0, -v4[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) =>
    part ? part.split(':').map((g) => (/^[\da-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)) : [];
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.some(Number.isNaN) ? undefined : groups;
}

/**
 * Whether an address (IPv4 or IPv6, as `dns.lookup` gives it) is loopback, private, link-local,
 * unique-local, carrier-grade NAT, multicast, unspecified or a metadata address. Anything that
 * is not a well-formed address counts as private: refusing is the safe side.
 */
export function isPrivateAddress(address: string): boolean {
  const n = v4Number(address);
  if (n !== undefined) return v4Blocked(n);
  const g = v6Groups(address);
  if (!g) return true;
  if (g.every((x) => x === 0)) return true; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): judge the IPv4 inside.
  const mapped = g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0);
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (mapped || nat64) return v4Blocked(((g[6] << 16) >>> 0) + g[7]);
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return true; // site-local (deprecated) fec0::/10
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  if (g[0] === 0x2002) return v4Blocked(((g[1] << 16) >>> 0) + g[2]); // 6to4 wraps an IPv4 address
  return false;
}

/** Whether a host name is an IP literal (then there is nothing to look up). */
export function isIpLiteral(host: string): boolean {
  return v4Number(host) !== undefined || (host.includes(':') && v6Groups(host) !== undefined);
}
