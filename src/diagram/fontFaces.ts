// Which face of a font file has a family: a .ttc collection holds several (Debian's NotoSansCJK-Regular.ttc: JP, KR,
// SC, TC, HK and their Mono forms), and a subsetter given a collection works on the face it is told, 0 unless told
// otherwise, which there is the Japanese one. The family is read from the name table as resvg's font database reads
// it, so the face found is the one resvg would draw for that family.
const TTC_TAG = 0x74746366; // 'ttcf'
const NAME_TAG = 0x6e616d65; // 'name'
const FAMILY = 1;
const TYPOGRAPHIC_FAMILY = 16;

/** Where each face's table directory starts: several in a collection, one at the start of a plain font file. */
function faceOffsets(font: Buffer): number[] {
  if (font.readUInt32BE(0) !== TTC_TAG) return [0];
  const count = font.readUInt32BE(8);
  if (12 + 4 * count > font.length) throw new RangeError('more faces than the file holds');
  return Array.from({ length: count }, (_, i) => font.readUInt32BE(12 + 4 * i));
}

function nameTable(font: Buffer, faceOffset: number): number | undefined {
  const tables = font.readUInt16BE(faceOffset + 4);
  for (let i = 0; i < tables; i++) {
    const record = faceOffset + 12 + 16 * i;
    if (font.readUInt32BE(record) === NAME_TAG) return font.readUInt32BE(record + 8);
  }
  return undefined;
}

/** UTF-16BE (Unicode and Windows platforms) or single-byte (Macintosh Roman, ASCII for family names). */
function decode(bytes: Buffer, platform: number): string {
  if (platform === 1) return bytes.toString('latin1');
  const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return swapped.swap16().toString('utf16le');
}

/** The family names a face carries (its family and typographic family, in every language it gives them). */
function familiesAt(font: Buffer, faceOffset: number): string[] {
  const table = nameTable(font, faceOffset);
  if (table === undefined) return [];
  const count = font.readUInt16BE(table + 2);
  const strings = table + font.readUInt16BE(table + 4);
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const record = table + 6 + 12 * i;
    const [platform, nameId, length, offset] = [0, 6, 8, 10].map((at) => font.readUInt16BE(record + at));
    if (nameId !== FAMILY && nameId !== TYPOGRAPHIC_FAMILY) continue;
    if (strings + offset + length > font.length) throw new RangeError('name record outside the font');
    names.add(decode(font.subarray(strings + offset, strings + offset + length), platform));
  }
  return [...names];
}

/** Every face's family names, in face order. Throws on a file that is not a font. */
export function faceFamilies(font: Buffer): string[][] {
  return faceOffsets(font).map((offset) => familiesAt(font, offset));
}

/** The index of the first face with this family, or undefined when the file has none. */
export function faceIndex(font: Buffer, family: string): number | undefined {
  const index = faceFamilies(font).findIndex((names) => names.includes(family));
  return index < 0 ? undefined : index;
}
