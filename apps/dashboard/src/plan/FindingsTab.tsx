import { Badge, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { PlanDetailSchema } from '@cds/api';
import type { PlanData } from '@cds/plan/schemas';
import { labelsVi } from '@cds/strings-vi';
import type * as z from 'zod';
import { t } from '../strings.vi';

type Finding = z.infer<typeof PlanDetailSchema>['submissions'][number]['findings'][number];
const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  finding: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', padding: `${tokens.spacingVerticalXS} 0` },
  ignored: { color: tokens.colorNeutralForeground3 },
});

/** Findings grouped by section (document-wide ones first), as the add-in shows them; then the "ignored, with reason" decisions. */
export function FindingsList({ findings, headings }: { findings: Finding[]; headings: Map<string, string> }) {
  const s = useStyles();
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = f.section ?? '';
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  if (!findings.length) return <Text>{t.plan.noFindings}</Text>;
  return (
    <div>
      {[...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([section, list]) => (
          <div key={section} className={s.group} data-findings-section={section}>
            <Subtitle2 as="h4">{section ? `${section} ${headings.get(section) ?? ''}` : t.plan.wholeDocument}</Subtitle2>
            {list.map((f, i) => (
              <div key={i} className={s.finding}>
                <Badge appearance="filled" color={COLOR[f.severity]} style={{ flexShrink: 0 }}>
                  {labelsVi.severity[f.severity]}
                </Badge>
                <Text className={f.ignored ? s.ignored : undefined}>
                  {f.message}
                  {f.ignored && ` — ${t.plan.ignored}: ${f.ignored.reason}`}
                </Text>
              </div>
            ))}
          </div>
        ))}
    </div>
  );
}

export function FindingsTab({ detail, plan }: { detail: z.infer<typeof PlanDetailSchema>; plan: PlanData | null }) {
  const last = detail.submissions[0];
  const headings = new Map((plan?.sections ?? []).map((x) => [x.id, x.heading]));
  const rev = detail.revisions.at(-1);
  return (
    <div>
      {last ? (
        <>
          <Subtitle2 as="h3">{t.plan.findingsOf(last.receiptNumber)}</Subtitle2>
          <FindingsList findings={last.findings} headings={headings} />
        </>
      ) : (
        <MessageBar>
          <MessageBarBody>
            {t.plan.draftFindings}
            {rev && ` ${t.mine.counts(rev.findingsSummary.error, rev.findingsSummary.warning, rev.findingsSummary.info)}`}
          </MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" style={{ display: 'block', marginTop: 24 }}>
        {t.plan.ignores}
      </Subtitle2>
      {plan?.ignores.length ? (
        <ul>
          {plan.ignores.map((ig, i) => (
            <li key={i}>
              <Text>
                <b>{ig.rule}</b>
                {ig.section ? ` (${ig.section})` : ''}: {ig.reason}
                {ig.by ? ` — ${ig.by}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text as="p">{t.plan.noIgnores}</Text>
      )}
    </div>
  );
}
