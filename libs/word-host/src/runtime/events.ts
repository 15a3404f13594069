/** One `onX.add(handler)` registration, live after the sync that carried it. */
export interface Registration {
  /** The content control node, 'document' for Document events, 'office' for common-API document events. */
  target: object | 'document' | 'office';
  event: string;
  handler: (args: unknown) => unknown;
}

/**
 * Delivers Word events to add-in handlers. Word raises events asynchronously, after
 * the change (never inside the sync that caused it), so handlers run on a later task.
 */
export class EventBus {
  regs: Registration[] = [];
  /** Errors thrown by handlers (Word swallows them; tests can inspect them). */
  handlerErrors: unknown[] = [];
  private pending = new Set<Promise<unknown>>();

  add(reg: Registration): void {
    this.regs.push(reg);
  }

  remove(target: Registration['target'], event: string, handler: Registration['handler']): void {
    this.regs = this.regs.filter((r) => !(r.target === target && r.event === event && r.handler === handler));
  }

  has(target: Registration['target'], event: string): boolean {
    return this.regs.some((r) => r.target === target && r.event === event);
  }

  emit(target: Registration['target'], event: string, args: unknown): void {
    for (const r of this.regs) {
      if (r.target !== target || r.event !== event) continue;
      const p: Promise<unknown> = new Promise((res) => setTimeout(res, 0))
        .then(() => r.handler(args))
        .catch((e: unknown) => void this.handlerErrors.push(e))
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  /** Resolves once every handler (and any events those handlers caused) has finished. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
