// A font cut down to some characters, by HarfBuzz's hb-subset compiled to WebAssembly (the harfbuzzjs package: no
// native build, the same on every Node and platform). Used directly rather than through a wrapper such as
// subset-font, because those always take face 0 of a collection, and the face wanted is chosen by family.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'fs';
import { faceIndex } from './fontFaces';

/** The few hb-subset exports used here (harfbuzz-subset.wasm needs no imports). */
interface HbSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** The copy in WebAssembly memory is harfbuzz's to change (no second copy when it fixes a table up). */
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;

/** The face of that family in the font file, cut down to those characters; undefined when the file has no such face. */
export type Subsetter = (file: string, family: string, codePoints: Iterable<number>) => Buffer | undefined;

/** Reads a font file straight into WebAssembly memory (no second 20 MB copy in JavaScript memory). */
function readInto(hb: HbSubset, file: string): { data: number; length: number } {
  const fd = openSync(file, 'r');
  try {
    const length = fstatSync(fd).size;
    const data = hb.malloc(length);
    if (data === 0) throw new Error(`hb-subset: no memory for ${file}`);
    for (let read = 0; read < length; ) {
      const got = readSync(fd, new Uint8Array(hb.memory.buffer, data + read, length - read), 0, length - read, read);
      if (got === 0) throw new Error(`${file}: shorter than its size`);
      read += got;
    }
    return { data, length };
  } finally {
    closeSync(fd);
  }
}

/**
 * One WebAssembly instance for a few subsets. Its memory grows to hold the largest font given (about 65 MB for a
 * 20 MB CJK collection) and is never given back, so a caller drops the subsetter when done and the memory goes with
 * it.
 */
export function createSubsetter(): Subsetter {
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HbSubset;
  hb._initialize();
  return (file, family, codePoints) => {
    const { data, length } = readInto(hb, file);
    let face = 0;
    let input = 0;
    try {
      // Read in place, before hb-subset runs: memory growth would detach this view.
      const index = faceIndex(Buffer.from(hb.memory.buffer, data, length), family);
      if (index === undefined) return undefined;
      const blob = hb.hb_blob_create(data, length, HB_MEMORY_MODE_WRITABLE, 0, 0);
      face = hb.hb_face_create(blob, index);
      hb.hb_blob_destroy(blob);
      input = hb.hb_subset_input_create_or_fail();
      if (input === 0) throw new Error('hb-subset: no input');
      // Every name the face has (hb-subset keeps names 0 to 6 unless told): the subset answers to any name the full
      // face does, whichever one a font database matches a family on. The layout features stay hb-subset's
      // default set, the features a shaper applies to horizontal text, so every glyph they can reach is kept.
      const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
      hb.hb_set_clear(names);
      hb.hb_set_invert(names);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
      const subset = hb.hb_subset_or_fail(face, input);
      if (subset === 0) throw new Error(`hb-subset: face ${index} of ${file} could not be subset`);
      const result = hb.hb_face_reference_blob(subset);
      const start = hb.hb_blob_get_data(result, 0);
      const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, start, hb.hb_blob_get_length(result)));
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      if (bytes.length === 0) throw new Error(`hb-subset: face ${index} of ${file} gave an empty font`);
      return bytes;
    } finally {
      if (input !== 0) hb.hb_subset_input_destroy(input);
      if (face !== 0) hb.hb_face_destroy(face);
      hb.free(data);
    }
  };
}
