/// <reference types="office-js" />
import type { Finding } from '@cds/rules';
import type { WordReading } from './read.js';
import { resolveRange } from './resolve.js';
import type { Place } from './types.js';

/**
 * Where a finding is: its block (paragraph, table, row, a)/b) item control), else its
 * section's heading or control, else nothing (whole-document findings).
 */
export function placeOf(finding: Pick<Finding, 'blockId' | 'section'>, reading: WordReading, sectionBlock?: (id: string) => string | null): Place | null {
  if (finding.blockId && reading.places[finding.blockId]) return reading.places[finding.blockId]!;
  const b = finding.section && sectionBlock ? sectionBlock(finding.section) : null;
  return (b && reading.places[b]) || null;
}

/** Selects a place in the document (Word scrolls to it). False when it no longer exists. */
export async function selectPlace(place: Place): Promise<boolean> {
  return Word.run(async (context) => {
    const r = await resolveRange(context, place);
    if (!r) return false;
    r.select('Select');
    await context.sync();
    return true;
  }).catch((e: unknown) => {
    if ((e as { code?: string }).code === 'ItemNotFound') return false;
    throw e;
  });
}

/** Selects a finding's place. */
export async function selectFinding(finding: { place: Place | null }): Promise<boolean> {
  return finding.place ? selectPlace(finding.place) : false;
}
