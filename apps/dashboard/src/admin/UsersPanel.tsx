import { Badge, Button, Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { USER_ROLES, type UserRole } from '@cds/api';
import { labelsVi } from '@cds/strings-vi';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { t } from '../strings.vi';
import { AdminListPanel } from './AdminListPanel';

/** Accounts: list, add, lock and unlock. */
export function UsersPanel() {
  const qc = useQueryClient();
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: () => api.users() });
  const agencies = useQuery({ queryKey: ['admin', 'agencies'], queryFn: () => api.agencies() });
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>('drafter');
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['admin', 'users'] });
  const add = useMutation({ mutationFn: () => api.createUser({ body: { email, name, password, role, agencyId } }), onSuccess: refresh });
  const toggle = useMutation({
    mutationFn: (u: { id: number; disabled: boolean }) => api.updateUser({ params: { id: u.id }, body: { disabled: u.disabled } }),
    onSuccess: refresh,
  });
  const agencyName = (id: number | null) => agencies.data?.find((a) => a.id === id)?.name ?? t.admin.noAgency;
  return (
    <AdminListPanel
      label={t.admin.tabs.users}
      list={users}
      rowKey={(u) => String(u.id)}
      columns={[
        { label: t.admin.email, width: '24%', render: (u) => u.email },
        { label: t.admin.name, width: '18%', render: (u) => u.name },
        { label: t.admin.role, width: '14%', render: (u) => labelsVi.role[u.role] },
        { label: t.admin.agency, width: '20%', render: (u) => u.agency?.name ?? t.admin.noAgency },
        {
          label: t.admin.state,
          width: '13%',
          render: (u) => (
            <Badge appearance="tint" color={u.active ? 'success' : 'danger'}>
              {u.active ? t.admin.active : t.admin.disabled}
            </Badge>
          ),
        },
        {
          label: ' ',
          width: '11%',
          render: (u) => (
            <Button
              size="small"
              onClick={() => toggle.mutate({ id: u.id, disabled: u.active })}
              aria-label={`${u.active ? t.admin.disable : t.admin.enable} ${u.email}`}
            >
              {u.active ? t.admin.disable : t.admin.enable}
            </Button>
          ),
        },
      ]}
      fields={
        <>
          <Field label={t.admin.email} required>
            <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
          </Field>
          <Field label={t.admin.name} required>
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Field label={t.admin.password} required>
            <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <Field label={t.admin.role}>
            <Dropdown value={labelsVi.role[role]} selectedOptions={[role]} onOptionSelect={(_, d) => setRole(d.optionValue as UserRole)}>
              {USER_ROLES.map((r) => (
                <Option key={r} value={r}>
                  {labelsVi.role[r]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.admin.agency}>
            <Dropdown
              value={agencyName(agencyId)}
              selectedOptions={[String(agencyId ?? '')]}
              onOptionSelect={(_, d) => setAgencyId(d.optionValue ? Number(d.optionValue) : null)}
              style={{ minWidth: 240 }}
            >
              <Option value="">{t.admin.noAgency}</Option>
              {(agencies.data ?? []).map((a) => (
                <Option key={a.id} value={String(a.id)}>
                  {a.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      }
      submitLabel={t.admin.addUser}
      canSubmit={!!email.trim() && !!name.trim() && !!password}
      onSubmit={() => add.mutate()}
      pending={add.isPending}
      error={add.error ?? toggle.error}
    />
  );
}
