import {
  Button,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import type { PlanCheckSchema } from '@cds/api';
import { formatDateTime, labelsVi } from '@cds/strings-vi';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type * as z from 'zod';
import { api, errorText } from '../api';
import { QueryState, StatusBadge } from '../components/Status';
import { FindingsList } from '../plan/FindingsTab';
import { useSession } from '../session';
import { t } from '../strings.vi';

type Check = z.infer<typeof PlanCheckSchema>;
const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalM, gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap' },
});

/**
 * The agency's web path, for Word without the add-in: upload the .docx, see the server's
 * findings grouped by section (the add-in's messages), fix in Word, upload again, and
 * submit with the add-in's route: the same checks, receipt and idempotency.
 */
export function MyPlanPage() {
  const s = useStyles();
  const qc = useQueryClient();
  const { user } = useSession();
  const mine = useQuery({ queryKey: ['mine'], queryFn: () => api.mine() });
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ check: Check; key: string } | null>(null);
  const check = useMutation({
    mutationFn: (f: File) => api.check(f, f.name),
    // A new key for each checked file: retrying the same submission replays it, a new file is a new submission.
    onSuccess: (c) => setChecked({ check: c, key: `web-${c.sha256.slice(0, 16)}-${crypto.randomUUID()}` }),
  });
  const submit = useMutation({
    mutationFn: () => api.submit({ file: file!, fileName: file!.name, plan: checked!.check.plan, idempotencyKey: checked!.key }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['mine'] }),
  });
  const m = mine.data;
  const headings = new Map((checked?.check.plan.sections ?? []).map((x) => [x.id, x.heading]));
  return (
    <>
      <Title2 as="h1" block>
        {t.mine.title}
      </Title2>
      <Text as="p">{t.mine.intro}</Text>
      <QueryState pending={mine.isPending} error={mine.error} retry={() => void mine.refetch()} />
      {m && (
        <Card className={s.card}>
          <div className={s.row}>
            <div>
              <Text size={200} block>
                {t.mine.round}
              </Text>
              <Text weight="semibold">{m.round.name}</Text>
            </div>
            <div>
              <Text size={200} block>
                {t.board.deadline}
              </Text>
              <Text weight="semibold">{formatDateTime(m.round.deadline)}</Text>
            </div>
            <div>
              <Text size={200} block>
                {t.mine.status}
              </Text>
              <StatusBadge status={m.plan?.status ?? 'not_started'} />
            </div>
            {m.lastSubmission && (
              <div>
                <Text size={200} block>
                  {t.mine.receipt}
                </Text>
                <Text weight="semibold">{m.lastSubmission.receiptNumber}</Text>
              </div>
            )}
          </div>
          {m.lastReview && (
            <MessageBar intent={m.lastReview.decision === 'return' ? 'warning' : 'success'} layout="multiline" data-testid="last-review">
              <MessageBarBody>
                <MessageBarTitle>
                  {t.mine.lastReview}: {labelsVi.reviewDecision[m.lastReview.decision]} ({formatDateTime(m.lastReview.createdAt)})
                </MessageBarTitle>
                {m.lastReview.summary}
                <ul>
                  {m.lastReview.comments.map((c, i) => (
                    <li key={i}>
                      <b>{c.section}</b>: {c.comment}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </Card>
      )}
      <Card className={s.card}>
        <Field label={t.mine.upload}>
          {(field) => (
            <input
              {...field}
              ref={input}
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (!f) return;
                setFile(f);
                setChecked(null);
                submit.reset();
                check.mutate(f);
              }}
            />
          )}
        </Field>
        {check.isPending && <Spinner size="small" label={t.mine.checking} />}
        {check.error && (
          <MessageBar intent="error">
            <MessageBarBody>{errorText(check.error)}</MessageBarBody>
          </MessageBar>
        )}
      </Card>
      {checked && (
        <Card className={s.card}>
          <Subtitle2 as="h2">{t.mine.result(checked.check.fileName)}</Subtitle2>
          <Text>
            {t.mine.counts(checked.check.counts.error, checked.check.counts.warning, checked.check.counts.info)} · {t.plan.completeness}:{' '}
            {checked.check.completeness}%
          </Text>
          <FindingsList findings={checked.check.findings} headings={headings} />
          {!checked.check.submittable && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.mine.blocked}</MessageBarBody>
            </MessageBar>
          )}
          {user?.role === 'drafter' && (
            <MessageBar>
              <MessageBarBody>{t.mine.drafterCannot}</MessageBarBody>
            </MessageBar>
          )}
          {user?.role === 'submitter' && (
            <div>
              <Button
                appearance="primary"
                icon={<SendRegular />}
                disabled={!checked.check.submittable || submit.isPending || submit.isSuccess}
                onClick={() => submit.mutate()}
              >
                {submit.isPending ? t.mine.submitting : t.mine.submit}
              </Button>
            </div>
          )}
          {submit.error && (
            <MessageBar intent="error">
              <MessageBarBody>{errorText(submit.error)}</MessageBarBody>
            </MessageBar>
          )}
          {submit.data && (
            <MessageBar intent="success">
              <MessageBarBody>{submit.data.message}</MessageBarBody>
            </MessageBar>
          )}
        </Card>
      )}
    </>
  );
}
