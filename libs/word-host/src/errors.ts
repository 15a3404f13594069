import { MESSAGES } from './messages.js';

/** The error codes Word reports in `OfficeExtension.Error.code` (OfficeExtension.ErrorCodes, Word.ErrorCodes). */
export type HostErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

/** `OfficeExtension.Error.debugInfo` as office.js fills it. */
export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/**
 * The error Word's API throws: an `OfficeExtension.Error` whose `name` is
 * "RichApi.Error", as real Word reports it (see the RichApi.Error logs quoted
 * in OfficeDev/office-js#777), with `code`, `debugInfo` and `traceMessages`.
 * https://learn.microsoft.com/javascript/api/office/officeextension.error
 */
export class HostError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: HostErrorCode;
  readonly debugInfo: HostDebugInfo;
  traceMessages: string[] = [];
  readonly innerError: HostError | null = null;

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }

  /** A copy that says where (which statement of the batch) it happened. */
  at(errorLocation: string): HostError {
    const e = new HostError(this.code, this.message, errorLocation);
    e.traceMessages = this.traceMessages;
    return e;
  }
}

export const errors = {
  propertyNotLoaded: (name: string) => new HostError('PropertyNotLoaded', MESSAGES.propertyNotLoaded(name)),
  valueNotLoaded: () => new HostError('ValueNotLoaded', MESSAGES.valueNotLoaded()),
  itemNotFound: (what: string) => new HostError('ItemNotFound', MESSAGES.itemNotFound(what)),
  invalidArgument: (detail: string) => new HostError('InvalidArgument', MESSAGES.invalidArgument(detail)),
  invalidObjectPath: () => new HostError('InvalidObjectPath', MESSAGES.invalidObjectPath()),
  invalidRequestContext: () => new HostError('InvalidRequestContext', MESSAGES.invalidRequestContext()),
  accessDenied: (detail: string) => new HostError('AccessDenied', MESSAGES.accessDenied(detail)),
  apiNotFound: (member: string, set: string) => new HostError('ApiNotFound', MESSAGES.apiNotFound(member, set)),
  runMustReturnPromise: () => new HostError('RunMustReturnPromise', MESSAGES.runMustReturnPromise()),
  generalException: (detail: string) => new HostError('GeneralException', MESSAGES.generalException(detail)),
};
