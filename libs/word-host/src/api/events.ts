import type { ProxyLike } from '../runtime/client-object.js';

type Handler = (args: unknown) => Promise<unknown>;

/** `OfficeExtension.EventHandlerResult`: `remove()` unregisters at the next sync. */
export class EventHandlerResultImpl {
  constructor(
    private readonly handlers: EventHandlersImpl,
    private readonly handler: Handler,
  ) {}
  get context() {
    return this.handlers.owner.context;
  }
  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/**
 * `OfficeExtension.EventHandlers`: `add(handler)` registers at the next sync; the
 * event's requirement set (e.g. ContentControl.onDataChanged = WordApi 1.5) is checked there.
 */
export class EventHandlersImpl {
  constructor(
    readonly owner: ProxyLike<unknown>,
    private readonly name: string,
    private readonly documentLevel = false,
  ) {}

  private target(): object | 'document' {
    return this.documentLevel ? 'document' : (this.owner._require() as object);
  }

  add(handler: Handler): EventHandlerResultImpl {
    this.owner._op(this.name, () => this.owner.context._host.state.bus.add({ target: this.target(), event: this.name, handler }));
    return new EventHandlerResultImpl(this, handler);
  }

  /**
   * Unregisters at the next sync. For a content control deleted since, Word still
   * removes the handler (no ItemNotFound), so a loop removing handlers goes on.
   * https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult#officeextension-officeextension-eventhandlerresult-remove-member(1)
   */
  remove(handler: Handler): void {
    this.owner._op(this.name, () => {
      const bus = this.owner.context._host.state.bus;
      if (this.documentLevel) return bus.remove('document', this.name, handler);
      let target: object | undefined;
      try {
        target = this.owner._require() as object;
      } catch {
        target = (this.owner as unknown as { _target?: object })._target ?? undefined;
      }
      if (target) bus.remove(target, this.name, handler);
      else bus.regs = bus.regs.filter((r) => !(r.event === this.name && r.handler === handler));
    });
  }
}
