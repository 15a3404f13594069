/// <reference types="office-js" />
/**
 * The open document as .docx bytes: Office's getFileAsync (File 1.1, every Word since
 * 2016), read slice by slice and closed again (Word allows only a few open files).
 */
export function readDocumentFile(sliceSize = 4 * 1024 * 1024): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(opened.error.message));
      const file = opened.value;
      const parts: ArrayLike<number>[] = [];
      let total = 0;
      const finish = (error: Error | null) =>
        file.closeAsync(() => {
          if (error) return reject(error);
          const out = new Uint8Array(total);
          let o = 0;
          for (const p of parts) {
            out.set(p, o);
            o += p.length;
          }
          resolve(out);
        });
      const next = (i: number) => {
        if (i >= file.sliceCount) return finish(null);
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) return finish(new Error(slice.error.message));
          // Office gives a number[] (Windows, Mac) or a Uint8Array; both copy the same way.
          const data = slice.value.data as ArrayLike<number>;
          parts.push(data);
          total += data.length;
          next(i + 1);
        });
      };
      next(0);
    });
  });
}
