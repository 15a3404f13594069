import './api/all.js';
import { ApplicationImpl } from './api/application.js';
import { DocumentImpl } from './api/document.js';
import { SearchOptionsImpl } from './api/search.js';
import { EventHandlerResultImpl, EventHandlersImpl } from './api/events.js';
import { WORD_ENUMS } from './enums.generated.js';
import { WORD_NAMESPACE_NAMES } from './members.generated.js';
import { NotImplementedError } from './runtime/guard.js';
import { errors, HostError } from './errors.js';
import { ClientObjectImpl, type ProxyLike } from './runtime/client-object.js';
import { ClientResultImpl } from './runtime/client-result.js';
import { HostContext, type ContextHost } from './runtime/context.js';
import { dispatchChanges } from './runtime/dispatch.js';
import type { HostState } from './runtime/state.js';

type Batch<T> = (context: HostContext) => Promise<T>;

/** The ContextHost wiring a HostState into request contexts. */
export function contextHost(state: () => HostState): ContextHost {
  return {
    get state() {
      return state();
    },
    afterSync: () => dispatchChanges(state(), false),
    makeDocument: (ctx) => {
      const d = new DocumentImpl(ctx, () => state().doc, false, true);
      d._stable = true;
      return d;
    },
    makeApplication: (ctx) => {
      const a = new ApplicationImpl(ctx, () => state(), false, true);
      a._stable = true;
      return a;
    },
  };
}

/**
 * `Word.run` as office.js defines it: a new context (or the one of the objects
 * passed), the batch, a final sync of anything still queued, then untracked
 * objects are released. A batch that does not return a promise fails with
 * RunMustReturnPromise. https://learn.microsoft.com/javascript/api/word#word-word-run-function(1)
 */
export function makeRun(host: ContextHost) {
  return async function run<T>(...args: [Batch<T>] | [ProxyLike | ProxyLike[], Batch<T>]): Promise<T> {
    const batch = (args.length === 1 ? args[0] : args[1]) as Batch<T>;
    const objects = args.length === 1 ? [] : Array.isArray(args[0]) ? args[0] : [args[0] as ProxyLike];
    // Word.run(eventResult.context, batch), as Microsoft's samples remove event handlers.
    const first = objects[0] as unknown;
    const ctx = first instanceof HostContext ? first : (objects[0]?.context ?? new HostContext(host));
    for (const o of objects) if ((o as unknown) !== ctx && o.context !== ctx) throw errors.invalidRequestContext();
    ctx._inRun = true;
    try {
      const ret: unknown = batch(ctx);
      if (!ret || typeof (ret as Promise<T>).then !== 'function') throw errors.runMustReturnPromise();
      const result = await (ret as Promise<T>);
      await ctx.sync();
      return result;
    } finally {
      ctx._inRun = false;
      ctx._release();
    }
  };
}

/** The `Word` namespace object: run, RequestContext and the runtime enums. */
export function makeWordNamespace(host: ContextHost) {
  class RequestContext extends HostContext {
    constructor() {
      super(host);
    }
  }
  const ns: Record<string, unknown> = { ...WORD_ENUMS, run: makeRun(host), RequestContext, SearchOptions: SearchOptionsImpl };
  // A class or function of the Word namespace the host lacks fails loudly (Word.createDocument …).
  return new Proxy(ns, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target) return Reflect.get(target, key);
      if (WORD_NAMESPACE_NAMES.includes(key)) throw new NotImplementedError(`Word.${key}`);
      return undefined;
    },
  });
}

/** The `OfficeExtension` namespace object. */
export function makeOfficeExtension() {
  return {
    Error: HostError,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      activityLimitReached: 'ActivityLimitReached',
      invalidObjectPath: 'InvalidObjectPath',
      propertyNotLoaded: 'PropertyNotLoaded',
      valueNotLoaded: 'ValueNotLoaded',
      invalidRequestContext: 'InvalidRequestContext',
      invalidArgument: 'InvalidArgument',
      runMustReturnPromise: 'RunMustReturnPromise',
      cannotRegisterEvent: 'CannotRegisterEvent',
      apiNotFound: 'ApiNotFound',
      connectionFailure: 'ConnectionFailure',
    },
    ClientObject: ClientObjectImpl,
    ClientRequestContext: HostContext,
    ClientResult: ClientResultImpl,
    EventHandlers: EventHandlersImpl,
    EventHandlerResult: EventHandlerResultImpl,
    Promise,
    config: { extendedErrorLogging: false },
  };
}
