import type { KnownDocument } from './types.js';

/**
 * Documents the 2026 framework (P2.I guidance, P2.III.8 guidance) and MST's
 * letter name, with the number and date a citation must carry.
 */
export const MST_2026_DOCUMENTS: KnownDocument[] = [
  { key: 'NQ57', kind: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', requiredInBasis: true },
  { key: 'NQ71', kind: 'Nghị quyết', number: '71/NQ-CP', date: '2025-04-01', issuer: 'Chính phủ', requiredInBasis: true },
  { key: 'QD749', kind: 'Quyết định', number: '749/QĐ-TTg', date: '2020-06-03', issuer: 'Thủ tướng Chính phủ', requiredInBasis: false },
  { key: 'QD942', kind: 'Quyết định', number: '942/QĐ-TTg', date: '2021-06-15', issuer: 'Thủ tướng Chính phủ', requiredInBasis: false },
  { key: 'QD411', kind: 'Quyết định', number: '411/QĐ-TTg', date: '2022-03-31', issuer: 'Thủ tướng Chính phủ', requiredInBasis: false },
  { key: 'NQ11', kind: 'Nghị quyết', number: '11/NQ-CP', date: '2026-01-14', issuer: 'Chính phủ', requiredInBasis: false },
  { key: 'NQ03', kind: 'Nghị quyết', number: '03/NQ-CP', date: '2025-01-09', issuer: 'Chính phủ', requiredInBasis: false },
  { key: 'QD1567', kind: 'Quyết định', number: '1567/QĐ-BKHCN', date: '2025-06-30', issuer: 'Bộ trưởng Bộ Khoa học và Công nghệ', requiredInBasis: false },
  { key: 'TT15', kind: 'Thông tư', number: '15/2025/TT-BKHCN', date: '2025-08-15', issuer: 'Bộ trưởng Bộ Khoa học và Công nghệ', requiredInBasis: false },
];
