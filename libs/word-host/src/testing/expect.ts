/// <reference types="office-js" />
import { expect } from 'vitest';
import type { HostErrorCode } from '../errors.js';

/** Awaits a promise that must reject with Word's error of the given code; returns the error. */
export async function rejectsWith(p: Promise<unknown>, code: HostErrorCode): Promise<OfficeExtension.Error> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeDefined();
  const err = caught as OfficeExtension.Error;
  expect(err.name).toBe('RichApi.Error');
  expect(err.code).toBe(code);
  return err;
}

/** Runs a function that must throw Word's error of the given code synchronously. */
export function throwsWith(fn: () => unknown, code: HostErrorCode): OfficeExtension.Error {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeDefined();
  const err = caught as OfficeExtension.Error;
  expect(err.code).toBe(code);
  return err;
}
