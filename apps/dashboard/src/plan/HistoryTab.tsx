import { Badge, Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { PlanCompareSchema, PlanDetailSchema } from '@cds/api';
import { formatDateTime, formatNumber, labelsVi } from '@cds/strings-vi';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type * as z from 'zod';
import { api, errorText, saveFile } from '../api';
import { t } from '../strings.vi';
import { RowsTable } from './RowsTable';

type Detail = z.infer<typeof PlanDetailSchema>;
type Compare = z.infer<typeof PlanCompareSchema>;

const useStyles = makeStyles({
  block: { marginTop: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pickers: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  change: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
  field: { display: 'grid', gridTemplateColumns: '160px 1fr 1fr', gap: tokens.spacingHorizontalM, padding: `${tokens.spacingVerticalXXS} 0` },
  before: { backgroundColor: tokens.colorPaletteRedBackground1, whiteSpace: 'pre-wrap', padding: tokens.spacingHorizontalXS },
  after: { backgroundColor: tokens.colorPaletteGreenBackground1, whiteSpace: 'pre-wrap', padding: tokens.spacingHorizontalXS },
});

async function download(id: number) {
  const f = await api.downloadFile('submissionDocx', { params: { id } });
  saveFile(f.bytes, f.contentType, f.fileName ?? 'ke-hoach.docx');
}

function Changes({
  title,
  list,
}: {
  title: string;
  list: { key: string; change: 'added' | 'removed' | 'changed'; heading?: string; fields: { field: string; before: string; after: string }[] }[];
}) {
  const s = useStyles();
  if (!list.length) return null;
  return (
    <div>
      <Subtitle2 as="h4">
        {title} ({formatNumber(list.length)})
      </Subtitle2>
      {list.map((c) => (
        <div key={c.key} className={s.change} data-change={c.key}>
          <Text weight="semibold">
            {c.key}
            {c.heading ? ` ${c.heading}` : ''}
          </Text>{' '}
          <Badge appearance="tint">{t.plan.change[c.change]}</Badge>
          <div className={s.field}>
            <Text size={200} weight="semibold">
              {' '}
            </Text>
            <Text size={200} weight="semibold">
              {t.plan.before}
            </Text>
            <Text size={200} weight="semibold">
              {t.plan.after}
            </Text>
          </div>
          {c.fields.map((f) => (
            <div key={f.field} className={s.field}>
              <Text size={200}>{f.field}</Text>
              <Text size={200} className={s.before}>
                {f.before || t.none}
              </Text>
              <Text size={200} className={s.after}>
                {f.after || t.none}
              </Text>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function CompareResult({ c }: { c: Compare }) {
  const none = !c.sections.length && !c.indicators.length && !c.tasks.length;
  return (
    <div>
      <Text as="p">
        {c.from.label} ({formatDateTime(c.from.at)}) → {c.to.label} ({formatDateTime(c.to.at)})
      </Text>
      {none && (
        <MessageBar>
          <MessageBarBody>{t.plan.noChanges}</MessageBarBody>
        </MessageBar>
      )}
      <Changes title={t.plan.sectionsChanged} list={c.sections.map((x) => ({ key: x.id, heading: x.heading, change: x.change, fields: x.fields }))} />
      <Changes title={t.plan.indicatorsChanged} list={c.indicators} />
      <Changes title={t.plan.tasksChanged} list={c.tasks} />
    </div>
  );
}

/** Every revision and submission (download the exact .docx), and what changed between two of them. */
export function HistoryTab({ detail }: { detail: Detail }) {
  const s = useStyles();
  const versions = [
    ...detail.revisions.map((r) => ({ ref: `r${r.number}`, label: `${t.plan.revisionRow(r.number)} · ${formatDateTime(r.createdAt)}`, at: r.createdAt })),
    ...detail.submissions.map((x) => ({ ref: `s${x.id}`, label: `${x.receiptNumber} · ${formatDateTime(x.submittedAt)}`, at: x.submittedAt })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const [from, setFrom] = useState(versions.at(-2)?.ref ?? '');
  const [to, setTo] = useState(versions.at(-1)?.ref ?? '');
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const cmp = useQuery({
    queryKey: ['compare', detail.plan.id, asked],
    queryFn: () => api.comparePlan({ params: { id: detail.plan.id }, query: asked! }),
    enabled: asked !== null,
  });
  const [dlError, setDlError] = useState<string | null>(null);
  const label = (ref: string) => versions.find((v) => v.ref === ref)?.label ?? '';
  return (
    <div>
      <div className={s.block}>
        <Subtitle2 as="h3">{t.plan.submissions}</Subtitle2>
        {dlError && (
          <MessageBar intent="error">
            <MessageBarBody>{dlError}</MessageBarBody>
          </MessageBar>
        )}
        <RowsTable
          label={t.plan.submissions}
          rows={detail.submissions}
          rowKey={(r) => String(r.id)}
          columns={[
            { label: t.mine.receipt, render: (r) => r.receiptNumber },
            { label: t.board.columns.submittedAt, render: (r) => formatDateTime(r.submittedAt) },
            { label: t.board.columns.timeliness, render: (r) => (r.late ? labelsVi.timeliness.late : labelsVi.timeliness.onTime) },
            { label: t.plan.completeness, render: (r) => `${r.completeness}%` },
            { label: 'Tệp', render: (r) => `${r.fileName} (${formatNumber(Math.round(r.size / 1024))} KB)` },
            {
              label: t.plan.download,
              render: (r) => (
                <Button
                  size="small"
                  icon={<ArrowDownloadRegular />}
                  onClick={() => download(r.id).catch((e) => setDlError(errorText(e)))}
                  aria-label={`${t.plan.download} ${r.receiptNumber}`}
                >
                  .docx
                </Button>
              ),
            },
          ]}
        />
      </div>
      <div className={s.block}>
        <Subtitle2 as="h3">{t.plan.revisions}</Subtitle2>
        <RowsTable
          label={t.plan.revisions}
          rows={[...detail.revisions].reverse()}
          rowKey={(r) => String(r.number)}
          columns={[
            { label: '#', render: (r) => r.number },
            { label: t.board.columns.lastSyncedAt, render: (r) => formatDateTime(r.createdAt) },
            { label: t.plan.completeness, render: (r) => `${r.completeness}%` },
            { label: t.board.columns.errors, render: (r) => r.findingsSummary.error },
            { label: t.board.columns.warnings, render: (r) => r.findingsSummary.warning },
          ]}
        />
      </div>
      <div className={s.block}>
        <Subtitle2 as="h3">{t.plan.compare}</Subtitle2>
        <div className={s.pickers}>
          <Field label={t.plan.compareFrom}>
            <Dropdown value={label(from)} selectedOptions={[from]} onOptionSelect={(_, d) => setFrom(d.optionValue ?? '')} style={{ minWidth: 300 }}>
              {versions.map((v) => (
                <Option key={v.ref} value={v.ref}>
                  {v.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.plan.compareTo}>
            <Dropdown value={label(to)} selectedOptions={[to]} onOptionSelect={(_, d) => setTo(d.optionValue ?? '')} style={{ minWidth: 300 }}>
              {versions.map((v) => (
                <Option key={v.ref} value={v.ref}>
                  {v.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button appearance="primary" disabled={!from || !to || from === to} onClick={() => setAsked({ from, to })}>
            {t.plan.compareRun}
          </Button>
        </div>
        {cmp.isFetching && <Spinner size="small" label={t.loading} />}
        {cmp.error && (
          <MessageBar intent="error">
            <MessageBarBody>{errorText(cmp.error)}</MessageBarBody>
          </MessageBar>
        )}
        {cmp.data && <CompareResult c={cmp.data} />}
      </div>
    </div>
  );
}
