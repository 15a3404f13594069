import * as z from 'zod';
import { IsoDate, UserSchema } from './common.js';
import { SafeText } from './bounds.js';

export const LoginBodySchema = z.object({
  email: z.email().max(200),
  password: SafeText.min(1).max(200),
});

export const LoginResponseSchema = z.object({
  /** Opaque bearer token: send as `Authorization: Bearer <token>`. */
  token: z.string(),
  expiresAt: IsoDate,
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
