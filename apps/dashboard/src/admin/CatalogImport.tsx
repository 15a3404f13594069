import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import type { CatalogImportMode, CatalogPreviewSchema } from '@cds/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type * as z from 'zod';
import { api, errorText } from '../api';
import { RowsTable } from '../plan/RowsTable';
import { t } from '../strings.vi';

type Preview = z.infer<typeof CatalogPreviewSchema>;
const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** What the server takes: text for CSV and JSON, base64 bytes for Excel. */
async function readForPreview(file: File): Promise<{ format: 'csv' | 'json' | 'xlsx'; content: string }> {
  const ext = file.name.toLowerCase().split('.').pop();
  if (ext === 'xlsx') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(bin) };
  }
  return { format: ext === 'json' ? 'json' : 'csv', content: await file.text() };
}

/** Import the round's catalogue: preview first (each bad row's error, nothing saved), then save. */
export function CatalogImport({ roundId }: { roundId: number }) {
  const s = useStyles();
  const qc = useQueryClient();
  const [mode, setMode] = useState<CatalogImportMode>('replace');
  const [preview, setPreview] = useState<Preview | null>(null);
  const read = useMutation({
    mutationFn: async (file: File) => api.previewCatalog({ body: { roundId, mode, ...(await readForPreview(file)) } }),
    onSuccess: setPreview,
  });
  const save = useMutation({
    mutationFn: () => api.importCatalog({ body: { roundId, format: 'json', content: preview!.importContent, mode } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['indicators'] }),
  });
  return (
    <div className={s.col}>
      <Field label={t.admin.mode}>
        <RadioGroup
          value={mode}
          onChange={(_, d) => {
            setMode(d.value as CatalogImportMode);
            setPreview(null);
          }}
          layout="horizontal"
        >
          <Radio value="replace" label={t.admin.modes.replace} />
          <Radio value="merge" label={t.admin.modes.merge} />
        </RadioGroup>
      </Field>
      <Field label={t.admin.catalogFile}>
        {(field) => (
          <input
            {...field}
            type="file"
            accept=".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const f = e.target.files?.[0];
              setPreview(null);
              save.reset();
              if (f) read.mutate(f);
            }}
          />
        )}
      </Field>
      {read.isPending && <Text>{t.loading}</Text>}
      {read.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(read.error)}</MessageBarBody>
        </MessageBar>
      )}
      {preview && !preview.ok && (
        <>
          <MessageBar intent="error" data-testid="catalog-problems">
            <MessageBarBody>{t.admin.problems(new Set(preview.problems.map((p) => p.line)).size)}</MessageBarBody>
          </MessageBar>
          <RowsTable
            label={t.admin.error}
            rows={preview.problems}
            rowKey={(p, i) => `${p.line}-${i}`}
            columns={[
              { label: t.admin.line, width: '80px', render: (p) => p.line || t.none },
              { label: t.admin.error, render: (p) => p.message },
            ]}
          />
        </>
      )}
      {preview?.ok && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {t.admin.ready(preview.entries.length)} {t.admin.changes(preview.changes)}
            </MessageBarBody>
          </MessageBar>
          <RowsTable
            label={t.admin.tabs.catalog}
            rows={preview.entries}
            rowKey={(e) => e.code}
            columns={[
              { label: t.indicators.cols.code, width: '120px', render: (e) => e.code },
              { label: t.indicators.cols.name, render: (e) => e.name },
              { label: t.indicators.cols.unit, render: (e) => e.unit },
              { label: t.admin.appliesTo, render: (e) => (Array.isArray(e.appliesTo) ? e.appliesTo.join(', ') : e.appliesTo) },
              { label: t.admin.targets, render: (e) => `${e.target2026 ?? t.none} / ${e.target2030 ?? t.none}` },
            ]}
          />
          <div>
            <Button appearance="primary" disabled={save.isPending || save.isSuccess} onClick={() => save.mutate()}>
              {t.admin.importNow}
            </Button>
          </div>
        </>
      )}
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      {save.data && (
        <MessageBar intent="success">
          <MessageBarBody>{t.admin.imported(save.data.imported)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
