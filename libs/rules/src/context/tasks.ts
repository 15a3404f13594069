import type { Task } from '@cds/plan';
import { isBlankish } from './content.js';

/** How a task is named in messages: its name, or its row number. */
export function taskName(t: Task, index: number): string {
  const name = t.name.replace(/\s+/g, ' ').trim();
  if (!name || isBlankish(name)) return `dòng ${index + 1} của bảng nhiệm vụ, dự án`;
  return name.length > 90 ? `${name.slice(0, 89)}…` : name;
}

/** A row with every field empty: not a task. */
export function isEmptyTask(t: Task): boolean {
  return [t.name, t.expectedResult, t.effectiveness, t.deadline, t.implementingUnit, t.fundingSource, t.amount].every((v) => isBlankish(v));
}
