// Bytes to text. UTF-8 (the BOM ignored) and UTF-16 with a BOM are read as such. Bytes that are not UTF-8
// are replaced by U+FFFD and their lines noted, so the reader can refuse exactly the records that hold
// them, naming the line, and keep the rest of the file.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export interface Decoded {
  text: string;
  /** 1-based lines holding bytes that are not UTF-8, in order; empty for a clean file. */
  badLines: number[];
  /** The first such byte, e.g. "0xE9", for the message. */
  firstBadByte: string | null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return clean(new TextDecoder('utf-16le').decode(bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return clean(new TextDecoder('utf-16be').decode(bytes));
  try {
    return clean(utf8.decode(bytes));
  } catch {
    const text = lenient.decode(bytes);
    const badLines: number[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.includes('\uFFFD')) badLines.push(i + 1);
    });
    return { text, badLines, firstBadByte: firstInvalidByte(bytes) };
  }
}

function clean(text: string): Decoded {
  return { text, badLines: [], firstBadByte: null };
}

/** The first byte that does not start or continue a valid UTF-8 sequence, as hex. */
function firstInvalidByte(bytes: Uint8Array): string | null {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const continued = length > 0 && Array.from({ length: length - 1 }, (_, k) => bytes[i + 1 + k]).every((c) => c !== undefined && (c & 0xc0) === 0x80);
    if (!continued) return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    i += length;
  }
  return null;
}
