import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, tokens } from '@fluentui/react-components';
import { AGENCY_KINDS, type AgencyKind } from '@cds/template/enums';
import { labelsVi } from '@cds/strings-vi';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorText } from '../api';
import { QueryState } from '../components/Status';
import { RowsTable } from '../plan/RowsTable';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap', margin: `${tokens.spacingVerticalM} 0` },
});

/** The agencies that submit plans: list and add. */
export function AgenciesPanel() {
  const s = useStyles();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['admin', 'agencies'], queryFn: () => api.agencies() });
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('province');
  const add = useMutation({
    mutationFn: () => api.createAgency({ body: { code, name, kind } }),
    onSuccess: () => {
      setCode('');
      setName('');
      void qc.invalidateQueries({ queryKey: ['admin', 'agencies'] });
    },
  });
  return (
    <>
      <form
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Field label={t.admin.code} required>
          <Input value={code} onChange={(_, d) => setCode(d.value)} />
        </Field>
        <Field label={t.admin.name} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} style={{ minWidth: 300 }} />
        </Field>
        <Field label={t.admin.kind}>
          <Dropdown value={labelsVi.agencyKind[kind]} selectedOptions={[kind]} onOptionSelect={(_, d) => setKind(d.optionValue as AgencyKind)}>
            {AGENCY_KINDS.map((k) => (
              <Option key={k} value={k}>
                {labelsVi.agencyKind[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" type="submit" disabled={!code.trim() || !name.trim() || add.isPending}>
          {t.admin.addAgency}
        </Button>
      </form>
      {add.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(add.error)}</MessageBarBody>
        </MessageBar>
      )}
      <QueryState pending={list.isPending} error={list.error} />
      {list.data && (
        <RowsTable
          label={t.admin.tabs.agencies}
          rows={list.data}
          rowKey={(a) => String(a.id)}
          columns={[
            { label: t.admin.code, width: '120px', render: (a) => a.code },
            { label: t.admin.name, render: (a) => a.name },
            { label: t.admin.kind, render: (a) => labelsVi.agencyKind[a.kind] },
            { label: t.admin.category, render: (a) => a.category ?? t.none },
          ]}
        />
      )}
    </>
  );
}
