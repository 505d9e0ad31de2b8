// CRC-32 of zip entries (the IEEE polynomial zip uses). Inflating does not notice every damaged
// byte: a flipped bit in a deflate stream may still inflate, to other figures. The checksum the
// writer stored is what tells a damaged sheet from a good one.

export type Crc32 = (data: Uint8Array) => number;

let table: Uint32Array | undefined;

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

/** Plain JavaScript, for the browser; Node passes zlib's (from-file.ts), several times faster. */
export const crc32: Crc32 = (data) => {
  const t = (table ??= makeTable());
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
