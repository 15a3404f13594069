/**
 * The lifecycle enumerations of the sync server, each one tuple: the database's
 * `pgEnum`s, the contract's `z.enum`s and the label tables of `@cds/strings-vi`
 * are all built from these.
 */

/** Account roles: agency drafter and submitter, MST reviewer and administrator. */
export const USER_ROLES = ['drafter', 'submitter', 'mst_reviewer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A plan in a round: being drafted, sent to MST, returned with comments, accepted. */
export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The status board's column: an agency with no plan yet has not started. */
export const BOARD_STATUSES = ['not_started', ...PLAN_STATUSES] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/** After the deadline: accept and flag as late, or refuse. */
export const LATE_POLICIES = ['accept-flagged', 'refuse'] as const;
export type LatePolicy = (typeof LATE_POLICIES)[number];

/** MST's review decision on a submitted plan. */
export const REVIEW_DECISIONS = ['accept', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Where an MST view took a plan's values from: its last submission, or its latest draft. */
export const VALUE_SOURCES = ['submission', 'draft'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** A catalogue import replaces the round's catalogue or merges into it by code. */
export const CATALOG_IMPORT_MODES = ['replace', 'merge'] as const;
export type CatalogImportMode = (typeof CATALOG_IMPORT_MODES)[number];

export const CATALOG_FORMATS = ['csv', 'json'] as const;
