// A font cut down to some characters, by HarfBuzz's hb-subset compiled to WebAssembly (the harfbuzzjs package: no
// native build, the same on every Node and platform). Used directly rather than through a wrapper such as
// subset-font, because those always take face 0 of a collection, and the face wanted is chosen by family.
import { readFileSync } from 'fs';

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

export type Subsetter = (font: Uint8Array, faceIndex: number, codePoints: Iterable<number>) => Buffer;

/**
 * One WebAssembly instance for a few subsets. Its memory grows to hold the largest font given (about 65 MB for a
 * 20 MB CJK collection) and is never given back, so a caller drops the subsetter when done and the memory goes with
 * it.
 */
export function createSubsetter(): Subsetter {
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HbSubset;
  hb._initialize();
  return (font, faceIndex, codePoints) => {
    const data = hb.malloc(font.byteLength);
    if (data === 0) throw new Error('hb-subset: out of memory');
    new Uint8Array(hb.memory.buffer).set(font, data);
    const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, faceIndex);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    try {
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
      if (subset === 0) throw new Error(`hb-subset: face ${faceIndex} could not be subset`);
      const result = hb.hb_face_reference_blob(subset);
      const start = hb.hb_blob_get_data(result, 0);
      const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, start, hb.hb_blob_get_length(result)));
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      if (bytes.length === 0) throw new Error(`hb-subset: face ${faceIndex} gave an empty font`);
      return bytes;
    } finally {
      if (input !== 0) hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(data);
    }
  };
}
