import { count, desc, eq, gt, type SQL } from 'drizzle-orm';
import type { DiagnosticsReportBody, DiagnosticsReportView } from '@cds/api';
import type { Db } from '../../../db/client.js';
import { agencies, diagnosticReports, users } from '../../../db/schema/index.js';
import type { Actor } from '../../../repositories/ownership.js';

/** Reports of the add-in's "Chẩn đoán": stored as sent, listed for administrators. */
export function diagnosticsStore(db: Db) {
  return {
    async add(actor: Actor, report: DiagnosticsReportBody) {
      const failed = report.steps.filter((s) => !s.ok).length;
      const [row] = await db
        .insert(diagnosticReports)
        .values({
          userId: actor.userId,
          agencyId: actor.agencyId,
          ranAt: new Date(report.at),
          wordVersion: report.capabilities.version,
          platform: report.capabilities.platform,
          webview: report.capabilities.webview,
          passed: report.steps.length - failed,
          failed,
          report,
        })
        .returning({ id: diagnosticReports.id, createdAt: diagnosticReports.createdAt, passed: diagnosticReports.passed, failed: diagnosticReports.failed });
      return row!;
    },

    /** Newest first; `failedOnly` keeps the reports where some operation failed. */
    async list(q: { limit: number; offset: number; failedOnly?: boolean }): Promise<{ total: number; items: DiagnosticsReportView[] }> {
      const where: SQL | undefined = q.failedOnly ? gt(diagnosticReports.failed, 0) : undefined;
      const [total] = await db.select({ n: count() }).from(diagnosticReports).where(where);
      const rows = await db
        .select({
          r: diagnosticReports,
          user: { id: users.id, email: users.email, name: users.name, role: users.role },
          agency: { id: agencies.id, code: agencies.code, name: agencies.name },
        })
        .from(diagnosticReports)
        .leftJoin(users, eq(users.id, diagnosticReports.userId))
        .leftJoin(agencies, eq(agencies.id, diagnosticReports.agencyId))
        .where(where)
        .orderBy(desc(diagnosticReports.createdAt), desc(diagnosticReports.id))
        .limit(q.limit)
        .offset(q.offset);
      return {
        total: total?.n ?? 0,
        items: rows.map(({ r, user, agency }) => ({
          ...r.report,
          id: r.id,
          receivedAt: r.createdAt.toISOString(),
          passed: r.passed,
          failed: r.failed,
          user: user?.id == null ? null : user,
          agency: agency?.id == null ? null : agency,
        })),
      };
    },
  };
}
