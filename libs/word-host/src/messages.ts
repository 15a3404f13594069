/**
 * Error messages the host reports. These imitate what office.js and Word put in
 * `OfficeExtension.Error.message` (English, as Word's own API does), so they are
 * not user-facing product text and are kept apart from the Vietnamese messages.
 * Where a message is quoted from a real Word error report, it says so.
 */
export const MESSAGES = {
  /** Quoted from RichApi.Error reports (OfficeDev/office-js#777, #190). */
  propertyNotLoaded: (name: string) =>
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  valueNotLoaded: () =>
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  itemNotFound: (what: string) => `The requested resource doesn't exist. (${what})`,
  invalidArgument: (detail: string) => `The argument is invalid or missing or has an incorrect format. (${detail})`,
  invalidObjectPath: () =>
    'The object path is not working for what you are trying to do. If you are using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  invalidRequestContext: () => 'Cannot use the object across different request contexts.',
  accessDenied: (detail: string) => `You cannot perform the requested operation. (${detail})`,
  apiNotFound: (member: string, set: string) =>
    `The API you are trying to use could not be found. It may be available in a newer version of Word. (${member} needs ${set})`,
  runMustReturnPromise: () =>
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  /** Word's wording, quoted from OfficeDev/office-js#1169; the detail in brackets is the host's. */
  generalException: (detail: string) => `Sorry, something went wrong. Check the OfficeExtension.Error.debugInfo for more information. (${detail})`,
  noCodec: () => 'This host has no .docx codec: pass one to createWordHostCore or use createWordHost.',
  /** The host's own wording (no Word counterpart): a declared member the host lacks. */
  notImplemented: (member: string) => `not implemented by the in-memory Word host: ${member}`,
  readOnly: (member: string) => `Cannot assign to read-only property ${member}`,
  readOnlyInSet: (member: string) => `Attempting to set read-only property '${member}'.`,
  locked: (what: string) => `The content is locked (${what}): Word does not let the user change it.`,
} as const;
