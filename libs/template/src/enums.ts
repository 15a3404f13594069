/**
 * The domain's enumerations, each one tuple: the zod enums, the database enums
 * and the label tables (`@cds/strings-vi`) are all built from these.
 */

/** A province (or centrally-run city), or a ministry / central agency. */
export const AGENCY_KINDS = ['province', 'central'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The two items of a Phần I area: a) Kết quả đạt được, b) Tồn tại, hạn chế. */
export const ITEM_PARTS = ['results', 'shortcomings'] as const;
export type ItemPart = (typeof ITEM_PARTS)[number];
