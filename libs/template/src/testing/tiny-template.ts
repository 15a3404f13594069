import { mst2026 } from '../mst-2026.js';
import type { Template } from '../types.js';

/**
 * A made-up second template version (same tables, a smaller tree), to prove that
 * a new version is data only: registry, recognizer and extraction work with it.
 */
export const tinyTemplate: Template = {
  ...mst2026,
  version: 'test-2027',
  legalBasisSection: undefined,
  name: 'Khung thử nghiệm 2027',
  sections: [
    { id: 'P1', level: 0, number: 'I', title: 'KẾT QUẢ NĂM 2026' },
    { id: 'P1.I', parent: 'P1', level: 1, number: 'I', title: 'KẾT QUẢ CHUNG', hasResultItems: true },
    { id: 'P2', level: 0, number: 'II', title: 'KẾ HOẠCH NĂM 2027' },
    { id: 'P2.I', parent: 'P2', level: 1, number: 'I', title: 'CHỈ TIÊU', table: 'indicators' },
    { id: 'P2.II', parent: 'P2', level: 1, number: 'II', title: 'NHIỆM VỤ', table: 'tasks' },
    { id: 'P2.III', parent: 'P2', level: 1, number: 'III', title: 'DỰ ÁN ĐÃ TRIỂN KHAI', table: 'projects2025' },
  ],
  tables: {
    indicators: { ...mst2026.tables.indicators, section: 'P2.I' },
    tasks: { ...mst2026.tables.tasks, section: 'P2.II' },
    projects2025: { ...mst2026.tables.projects2025, section: 'P2.III' },
  },
};
