/**
 * MD5 (RFC 1321) in plain TypeScript: SQS returns `MD5OfMessageBody` / `MD5OfMessageAttributes` as hex MD5
 * digests, and the engine may use neither `node:crypto` nor WebCrypto (which has no MD5).
 *
 * @see https://www.rfc-editor.org/rfc/rfc1321
 */

const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const SINES = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

function padMessage(bytes: Uint8Array): Uint8Array {
  const paddedLength = (((bytes.length + 8) >> 6) + 1) << 6;
  const padded = new Uint8Array(paddedLength);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const bitLength = bytes.length * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(paddedLength - 8, bitLength >>> 0, true);
  view.setUint32(paddedLength - 4, Math.floor(bitLength / 2 ** 32), true);
  return padded;
}

function roundFunction(round: number, b: number, c: number, d: number): number {
  if (round === 0) return (b & c) | (~b & d);
  if (round === 1) return (d & b) | (~d & c);
  if (round === 2) return b ^ c ^ d;
  return c ^ (b | ~d);
}

function wordIndex(round: number, i: number): number {
  if (round === 0) return i;
  if (round === 1) return (5 * i + 1) % 16;
  if (round === 2) return (3 * i + 5) % 16;
  return (7 * i) % 16;
}

function processBlock(state: Uint32Array, view: DataView, offset: number): void {
  let a = state[0] ?? 0;
  let b = state[1] ?? 0;
  let c = state[2] ?? 0;
  let d = state[3] ?? 0;
  for (let i = 0; i < 64; i++) {
    const round = i >> 4;
    const f =
      (roundFunction(round, b, c, d) +
        a +
        (SINES[i] ?? 0) +
        view.getUint32(offset + wordIndex(round, i) * 4, true)) >>>
      0;
    const shift = SHIFTS[(round << 2) | (i & 3)] ?? 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((f << shift) | (f >>> (32 - shift)))) >>> 0;
  }
  state[0] = ((state[0] ?? 0) + a) >>> 0;
  state[1] = ((state[1] ?? 0) + b) >>> 0;
  state[2] = ((state[2] ?? 0) + c) >>> 0;
  state[3] = ((state[3] ?? 0) + d) >>> 0;
}

/** The MD5 digest of `bytes` as 32 lower-case hex characters. */
export function md5Hex(bytes: Uint8Array): string {
  const padded = padMessage(bytes);
  const view = new DataView(padded.buffer);
  const state = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  for (let offset = 0; offset < padded.length; offset += 64) processBlock(state, view, offset);
  const digest = new Uint8Array(state.buffer);
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The MD5 digest of a string's UTF-8 bytes, as SQS computes `MD5OfMessageBody`. */
export function md5OfUtf8(text: string): string {
  return md5Hex(new TextEncoder().encode(text));
}
