// Zip archives written byte by byte, for what no zip library will write: sizes that lie,
// deflate streams that inflate to gigabytes, tens of thousands of entries.
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface CraftedEntry {
  name: string;
  /** the packed bytes as stored */
  data: Uint8Array;
  method: "store" | "deflate";
  /** the unpacked size recorded in the local header and the central directory */
  size: number;
  /** the CRC-32 recorded; a stored entry's own when not given, else 0 (for bombs, whose
   *  unpacked bytes are never made) */
  crc?: number;
}

/** A zip of `entries` exactly as given. */
export function craftZip(entries: CraftedEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const method = e.method === "store" ? 0 : 8;
    const crc = e.crc ?? (e.method === "store" ? crc32(e.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), Buffer.from(e.data));
    centrals.push(central, Buffer.from(name));
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A deflate stream that inflates to `mb` MiB of zeros, about 1 kB packed per MiB: one flushed
 *  block repeated, then an empty final block. */
export function zerosDeflated(mb: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([0x03, 0x00])]));
}

/** A text part, deflated as any zip writer does, its size recorded truly. */
export function textEntry(name: string, text: string): CraftedEntry {
  const bytes = Buffer.from(text, "utf8");
  return { name, data: new Uint8Array(deflateRawSync(bytes)), method: "deflate", size: bytes.length, crc: crc32(bytes) };
}
