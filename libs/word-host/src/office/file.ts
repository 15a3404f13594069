/** Office common-API callback result (`Office.AsyncResult`). */
export interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}
export type Callback<T> = (r: AsyncResult<T>) => void;

export const succeeded = <T>(value: T, asyncContext?: unknown): AsyncResult<T> => ({ status: 'succeeded', value, asyncContext });
export const failed = <T>(code: number, name: string, message: string, asyncContext?: unknown): AsyncResult<T> => ({
  status: 'failed',
  value: undefined as T,
  error: { code, name, message },
  asyncContext,
});

/** `Office.Slice`. For Compressed files `data` is an array of byte values. */
export interface SliceImpl {
  data: number[] | string;
  index: number;
  size: number;
}

/** 4 MB: the default and largest slice size getFileAsync accepts. */
export const MAX_SLICE = 4 * 1024 * 1024;

/**
 * `Office.File` from getFileAsync: the document split into slices that the add-in
 * fetches one by one and must close (Word keeps at most two files open).
 * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)
 */
export class FileImpl {
  private closed = false;
  readonly size: number;
  readonly sliceCount: number;

  constructor(
    private readonly content: Uint8Array | string,
    private readonly sliceSize: number,
    private readonly onClose: () => void,
  ) {
    this.size = content.length;
    this.sliceCount = Math.max(1, Math.ceil(content.length / sliceSize));
  }

  getSliceAsync(sliceIndex: number, callback?: Callback<SliceImpl>): void {
    setTimeout(() => {
      if (this.closed) return callback?.(failed(5001, 'Internal Error', 'The file has been closed.'));
      if (!(sliceIndex >= 0 && sliceIndex < this.sliceCount)) return callback?.(failed(5001, 'Internal Error', `Slice index ${sliceIndex} is out of range.`));
      const part = this.content.slice(sliceIndex * this.sliceSize, (sliceIndex + 1) * this.sliceSize);
      callback?.(succeeded({ data: typeof part === 'string' ? part : Array.from(part), index: sliceIndex, size: part.length }));
    }, 0);
  }

  closeAsync(callback?: Callback<void>): void {
    setTimeout(() => {
      if (!this.closed) {
        this.closed = true;
        this.onClose();
      }
      callback?.(succeeded(undefined));
    }, 0);
  }
}
