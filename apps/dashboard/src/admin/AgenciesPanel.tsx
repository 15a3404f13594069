import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { AGENCY_KINDS, type AgencyKind } from '@cds/template/enums';
import { labelsVi } from '@cds/strings-vi';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { t } from '../strings.vi';
import { AdminListPanel } from './AdminListPanel';

/** The agencies that submit plans (ministries and agencies, provinces; communes in later rounds): list and add. */
export function AgenciesPanel() {
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['admin', 'agencies'], queryFn: () => api.agencies() });
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('province');
  const add = useMutation({
    mutationFn: () => api.createAgency({ body: { code: code.trim(), name: name.trim(), kind } }),
    onSuccess: () => {
      setCode('');
      setName('');
      void qc.invalidateQueries({ queryKey: ['admin', 'agencies'] });
    },
  });
  return (
    <AdminListPanel
      label={t.admin.tabs.agencies}
      list={list}
      rowKey={(a) => String(a.id)}
      columns={[
        { label: t.admin.code, width: '140px', render: (a) => a.code },
        { label: t.admin.name, render: (a) => a.name },
        { label: t.admin.kind, width: '200px', render: (a) => labelsVi.agencyKind[a.kind] },
        { label: t.admin.category, width: '200px', render: (a) => a.category ?? t.none },
      ]}
      fields={
        <>
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
        </>
      }
      submitLabel={t.admin.addAgency}
      canSubmit={!!code.trim() && !!name.trim()}
      onSubmit={() => add.mutate()}
      pending={add.isPending}
      error={add.error}
    />
  );
}
