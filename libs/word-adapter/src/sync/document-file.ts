/// <reference types="office-js" />
import { OfficeCallError, officeCall, officeDocument } from './office-call.js';

/** 64 KB slices, as Microsoft's samples use: small enough for every host's message size. */
const SLICE_SIZE = 65_536;

/**
 * The open document as .docx bytes: `getFileAsync(Compressed)`, its slices read one
 * after the other, and the file always closed (Word keeps at most two open, and a
 * file left open makes the next call fail). Closing only after the last slice:
 * closing early fails the remaining slices with 5001 (OfficeDev/office-js #1182).
 *
 * Throws `OfficeCallError` with Office's code when the host will not give the file,
 * e.g. 11001 "A network problem has prevented retrieval of the file." for documents
 * on SharePoint Online or a third-party WOPI host (OfficeDev/office-js #6747, #6743):
 * the pane then lets the user pick the saved file instead.
 */
export async function readDocumentFile(): Promise<Uint8Array> {
  const doc = officeDocument();
  if (!doc) throw new OfficeCallError(null, 'Office.context.document');
  const file = await officeCall<Office.File>((cb) => doc.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, cb));
  try {
    const out = new Uint8Array(file.size);
    let offset = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await officeCall<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      const bytes = sliceBytes(slice.data);
      if (offset + bytes.length > out.length) throw new OfficeCallError(null, 'getSliceAsync: more bytes than File.size');
      out.set(bytes, offset);
      offset += bytes.length;
    }
    if (offset !== out.length) throw new OfficeCallError(null, `getSliceAsync: ${offset} of ${out.length} bytes`);
    return out;
  } finally {
    await officeCall<void>((cb) => file.closeAsync(cb)).catch(() => undefined);
  }
}

/** Compressed slices are arrays of byte values; some hosts hand a base64 string instead. */
function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === 'string') {
    const bin = atob(data);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  throw new OfficeCallError(null, 'getSliceAsync: unknown slice data');
}
