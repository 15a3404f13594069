import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, tokens } from '@fluentui/react-components';
import { LATE_POLICIES, type LatePolicy, type RoundWithCatalogSchema } from '@cds/api';
import { labelsVi } from '@cds/strings-vi';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type * as z from 'zod';
import { api, errorText } from '../api';
import { t } from '../strings.vi';

type Round = z.infer<typeof RoundWithCatalogSchema>;
const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '520px' } });

const HANOI_MS = 7 * 3600_000;
/** ISO (UTC) → the value of a datetime-local input in Hanoi time, and back. */
export const toHanoiInput = (iso: string) => new Date(new Date(iso).getTime() + HANOI_MS).toISOString().slice(0, 16);
export const fromHanoiInput = (v: string) => `${v}:00+07:00`;

/** The round's name, deadline (Hanoi time) and late policy. */
export function RoundForm({ round }: { round: Round }) {
  const s = useStyles();
  const qc = useQueryClient();
  const [name, setName] = useState(round.name);
  const [deadline, setDeadline] = useState(toHanoiInput(round.deadline));
  const [policy, setPolicy] = useState<LatePolicy>(round.latePolicy);
  const save = useMutation({
    mutationFn: () => api.updateRound({ params: { id: round.id }, body: { name, deadline: fromHanoiInput(deadline), latePolicy: policy } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['admin', 'rounds'] });
      void qc.invalidateQueries({ queryKey: ['totals'] });
    },
  });
  return (
    <form
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t.admin.roundName}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t.admin.deadline}>
        <Input type="datetime-local" value={deadline} onChange={(_, d) => setDeadline(d.value)} />
      </Field>
      <Field label={t.admin.latePolicy}>
        <Dropdown value={labelsVi.latePolicy[policy]} selectedOptions={[policy]} onOptionSelect={(_, d) => setPolicy(d.optionValue as LatePolicy)}>
          {LATE_POLICIES.map((p) => (
            <Option key={p} value={p}>
              {labelsVi.latePolicy[p]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      {save.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>{t.admin.saved}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" type="submit" disabled={save.isPending}>
          {t.admin.save}
        </Button>
      </div>
    </form>
  );
}
