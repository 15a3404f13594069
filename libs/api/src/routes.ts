import * as z from 'zod';
import {
  AgencyBodySchema,
  AgencyPatchSchema,
  AdminUserSchema,
  CatalogImportBodySchema,
  CatalogImportResultSchema,
  PasswordBodySchema,
  RoundBodySchema,
  RoundPatchSchema,
  RoundWithCatalogSchema,
  UserBodySchema,
  UserPatchSchema,
} from './admin.js';
import { LoginBodySchema, LoginResponseSchema } from './auth.js';
import { AgencySchema, UserSchema } from './common.js';
import { BoardQuerySchema, BoardSchema, IndicatorsQuerySchema, IndicatorsSchema, PlanDetailSchema, ReviewBodySchema, ReviewResponseSchema } from './mst.js';
import { CurrentRoundSchema, DraftBodySchema, DraftResponseSchema, MinePlanSchema, ReceiptSchema } from './plans.js';

/** The engine the server runs on, as /health reports it. */
export const HealthSchema = z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']), time: z.string() });

/**
 * One JSON route of the contract: method, path under `/api` (`:name` for a path
 * parameter), and the schemas of what goes in and what comes back. The client is
 * generated from this table and a test checks that the server answers every entry.
 */
export interface JsonRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Absent for 204 No Content. */
  response?: z.ZodType;
}

const route = <const R extends JsonRoute>(r: R) => r;

export const routes = {
  health: route({ method: 'GET', path: '/health', response: HealthSchema }),
  login: route({ method: 'POST', path: '/auth/login', body: LoginBodySchema, response: LoginResponseSchema }),
  logout: route({ method: 'POST', path: '/auth/logout' }),
  me: route({ method: 'GET', path: '/auth/me', response: UserSchema }),
  currentRound: route({ method: 'GET', path: '/rounds/current', response: CurrentRoundSchema }),
  mine: route({ method: 'GET', path: '/plans/mine', response: MinePlanSchema }),
  syncDraft: route({ method: 'PUT', path: '/plans/mine/draft', body: DraftBodySchema, response: DraftResponseSchema }),
  board: route({ method: 'GET', path: '/mst/plans', query: BoardQuerySchema, response: BoardSchema }),
  planDetail: route({ method: 'GET', path: '/mst/plans/:id', response: PlanDetailSchema }),
  review: route({ method: 'POST', path: '/mst/plans/:id/review', body: ReviewBodySchema, response: ReviewResponseSchema }),
  indicators: route({ method: 'GET', path: '/mst/indicators', query: IndicatorsQuerySchema, response: IndicatorsSchema }),
  adminRounds: route({ method: 'GET', path: '/admin/rounds', response: z.array(RoundWithCatalogSchema) }),
  adminRound: route({ method: 'GET', path: '/admin/rounds/:id', response: RoundWithCatalogSchema }),
  createRound: route({ method: 'POST', path: '/admin/rounds', body: RoundBodySchema, response: RoundWithCatalogSchema }),
  updateRound: route({ method: 'PATCH', path: '/admin/rounds/:id', body: RoundPatchSchema, response: RoundWithCatalogSchema }),
  agencies: route({ method: 'GET', path: '/admin/agencies', response: z.array(AgencySchema) }),
  createAgency: route({ method: 'POST', path: '/admin/agencies', body: AgencyBodySchema, response: AgencySchema }),
  updateAgency: route({ method: 'PATCH', path: '/admin/agencies/:id', body: AgencyPatchSchema, response: AgencySchema }),
  users: route({ method: 'GET', path: '/admin/users', response: z.array(AdminUserSchema) }),
  createUser: route({ method: 'POST', path: '/admin/users', body: UserBodySchema, response: AdminUserSchema }),
  updateUser: route({ method: 'PATCH', path: '/admin/users/:id', body: UserPatchSchema, response: AdminUserSchema }),
  setPassword: route({ method: 'POST', path: '/admin/users/:id/password', body: PasswordBodySchema }),
  importCatalog: route({ method: 'POST', path: '/admin/catalog/import', body: CatalogImportBodySchema, response: CatalogImportResultSchema }),
} as const satisfies Record<string, JsonRoute>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

/** Routes whose answer is a file, not JSON (downloaded as bytes). */
export const fileRoutes = {
  submissionDocx: { method: 'GET', path: '/submissions/:id/docx' },
  exportIndicators: { method: 'GET', path: '/mst/export/indicators.xlsx' },
  exportTasks: { method: 'GET', path: '/mst/export/tasks.xlsx' },
} as const;

/** The multipart submission route (file + extracted plan + idempotency key). */
export const submitRoute = { method: 'POST', path: '/plans/mine/submit', response: ReceiptSchema } as const;

/** Fills `:name` parameters of a path; refuses a missing one rather than sending "undefined". */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new TypeError(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(v));
  });
}
