/**
 * `IpAddress` / `NotIpAddress` matching: IPv4 and IPv6 addresses against CIDR blocks (RFC 4632, RFC 4291).
 * A policy value without a prefix length is one address (/32 or /128). A source written as an IPv4-mapped
 * IPv6 address (`::ffff:192.0.2.1`, as dual-stack sockets report IPv4 peers) is compared as IPv4.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */

/** 4 bytes for IPv4, 16 for IPv6; undefined when the text is not an address. */
export function parseIpAddress(text: string): Uint8Array | undefined {
  return text.includes(":") ? parseIpv6(text) : parseIpv4(text);
}

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return bytes.every((b) => b <= 255) ? Uint8Array.from(bytes) : undefined;
}

function toGroups(text: string): number[] | undefined {
  if (text === "") return [];
  const groups: number[] = [];
  const parts = text.split(":");
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (!v4) return undefined;
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) groups.push(parseInt(part, 16));
    else return undefined;
  }
  return groups;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const head = toGroups(halves[0] ?? "");
  const tail = halves.length === 2 ? toGroups(halves[1] ?? "") : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  });
  return bytes;
}

/** The IPv4 address inside `::ffff:a.b.c.d`, else the address unchanged. */
function unmapIpv4(address: Uint8Array): Uint8Array {
  if (address.length !== 16) return address;
  const mapped =
    address.subarray(0, 10).every((b) => b === 0) && address[10] === 0xff && address[11] === 0xff;
  return mapped ? address.slice(12) : address;
}

/** Whether `source` (an address) lies in `cidr` (an address, optionally `/prefix`). False when either is invalid. */
export function matchIpAddress(source: string, cidr: string): boolean {
  const parsedSource = parseIpAddress(source.trim());
  const [block = "", prefixText] = cidr.trim().split("/");
  const network = parseIpAddress(block);
  if (!parsedSource || !network) return false;
  const address = unmapIpv4(parsedSource);
  if (address.length !== network.length) return false;
  const prefix = prefixText === undefined ? network.length * 8 : Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText ?? "0") || prefix > network.length * 8) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    const byte = bit >> 3;
    if (((address[byte] ?? 0) & mask) !== ((network[byte] ?? 0) & mask)) return false;
  }
  return true;
}
