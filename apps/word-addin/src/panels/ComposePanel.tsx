import { Button, Checkbox, Divider, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from '@fluentui/react-components';
import { insertFramework, insertIndicatorRows, insertItems, insertProject2025Rows, insertSection, insertTaskRows } from '@cds/word-adapter';
import { paragraphs, paragraphText } from '@cds/model';
import { getTemplate } from '@cds/template';
import { useMemo, useState } from 'react';
import type { Session } from '../session.js';
import { t } from '../strings.vi.js';
import type { useValidation } from '../useValidation.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flex: 1, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', maxHeight: '200px', overflowY: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Soạn thảo: the framework, a missing section, a)/b) items, catalogue indicators, task and 2025 project rows. */
export function ComposePanel({ v, session }: { v: ReturnType<typeof useValidation>; session: Session }) {
  const s = useStyles();
  const [note, setNote] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [section, setSection] = useState<string | null>(null);
  const [area, setArea] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const r = v.result;
  const template = getTemplate(r?.analysis.templateVersion);
  const empty = !r || [...paragraphs(r.reading.doc.body)].every((p) => !paragraphText(p.paragraph).trim());
  const missing = r?.analysis.sections.filter((x) => !x.present) ?? [];
  const areas = template.sections.filter((x) => x.hasResultItems && r?.analysis.sections.find((y) => y.id === x.id)?.present);
  const catalog = session.info?.catalog?.entries ?? [];
  const covered = useMemo(() => new Set(r?.analysis.plan.indicators.map((i) => i.code).filter(Boolean)), [r]);

  const act = async (fn: () => Promise<{ fallback?: string }>) => {
    setBusy(true);
    setNote(null);
    try {
      const o = await fn();
      setNote({ intent: 'success', text: o.fallback === 'api-blocks' ? t.compose.fallback : t.compose.done });
      await v.run();
    } catch (e) {
      setNote({ intent: 'error', text: t.error(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  const opts = r ? { reading: r.reading } : {};
  return (
    <section className={s.root} aria-label={t.tabs.compose}>
      {note && (
        <MessageBar intent={note.intent}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.stack}>
        <Button appearance="primary" disabled={busy} onClick={() => void act(() => insertFramework({ replace: empty }))} data-testid="insert-framework">
          {t.compose.framework}
        </Button>
        <Text size={200} className={s.muted}>
          {empty ? t.compose.frameworkHint : t.compose.notEmpty}
        </Text>
      </div>
      <Divider />
      <div className={s.row}>
        <Field label={t.compose.section} className={s.grow}>
          <Dropdown
            placeholder={t.compose.sectionPick}
            disabled={!missing.length}
            onOptionSelect={(_, d) => setSection(d.optionValue ?? null)}
            data-testid="section-pick"
          >
            {missing.map((m) => (
              <Option key={m.id} value={m.id} text={`${m.id} ${m.heading}`}>{`${m.id} · ${m.heading}`}</Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabled={!section || busy} onClick={() => section && void act(() => insertSection(section, opts))}>
          {t.compose.insert}
        </Button>
      </div>
      <div className={s.row}>
        <Field label={t.compose.items} className={s.grow}>
          <Dropdown placeholder={t.compose.itemsPick} disabled={!areas.length} onOptionSelect={(_, d) => setArea(d.optionValue ?? null)}>
            {areas.map((a) => (
              <Option key={a.id} value={a.id} text={`${a.id} ${a.title}`}>{`${a.id} · ${a.title}`}</Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabled={!area || busy} onClick={() => area && void act(() => insertItems(area, ['results', 'shortcomings'], opts))}>
          {t.compose.insert}
        </Button>
      </div>
      <Divider />
      <Field label={t.compose.indicators}>
        {catalog.length ? (
          <div className={s.list}>
            {catalog
              .filter((e) => !covered.has(e.code))
              .map((e) => (
                <Checkbox
                  key={e.code}
                  label={`${e.code} · ${e.name} (${e.unit})`}
                  checked={picked.has(e.code)}
                  onChange={(_, d) =>
                    setPicked((p) => {
                      const n = new Set(p);
                      if (d.checked) n.add(e.code);
                      else n.delete(e.code);
                      return n;
                    })
                  }
                />
              ))}
          </div>
        ) : (
          <Text size={200} className={s.muted}>
            {t.compose.indicatorsNeedSignIn}
          </Text>
        )}
      </Field>
      {catalog.length > 0 && (
        <Button
          disabled={!picked.size || busy}
          onClick={() =>
            void act(async () => {
              const o = await insertIndicatorRows(catalog.filter((e) => picked.has(e.code)));
              setPicked(new Set());
              return o;
            })
          }
        >
          {t.compose.insert}
        </Button>
      )}
      <Divider />
      <Button disabled={busy} onClick={() => void act(() => insertTaskRows([{ cells: {} }]))}>
        {t.compose.tasks}
      </Button>
      <Button disabled={busy} onClick={() => void act(() => insertProject2025Rows([{ cells: {} }]))}>
        {t.compose.projects}
      </Button>
    </section>
  );
}
