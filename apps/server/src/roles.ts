/** Account roles: agency drafter and submitter, MST reviewer and administrator. */
export const USER_ROLES = ['drafter', 'submitter', 'mst_reviewer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
