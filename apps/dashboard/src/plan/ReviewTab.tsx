import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { PlanDetailSchema, ReviewDecision } from '@cds/api';
import type { PlanData } from '@cds/plan/schemas';
import { formatDateTime, labelsVi } from '@cds/strings-vi';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type * as z from 'zod';
import { api, errorText } from '../api';
import { useSession } from '../session';
import { t } from '../strings.vi';

type Detail = z.infer<typeof PlanDetailSchema>;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '900px' },
  comment: { display: 'grid', gridTemplateColumns: 'minmax(220px, 320px) 1fr auto', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  past: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
});

/** MST's decision: accept, or return with comments attached to section ids (the add-in shows them to the drafters). */
export function ReviewTab({ detail, plan }: { detail: Detail; plan: PlanData | null }) {
  const s = useStyles();
  const qc = useQueryClient();
  const { user } = useSession();
  const [decision, setDecision] = useState<ReviewDecision>('return');
  const [summary, setSummary] = useState('');
  const [comments, setComments] = useState<{ section: string; comment: string }[]>([{ section: plan?.sections[0]?.id ?? 'P1', comment: '' }]);
  const send = useMutation({
    mutationFn: () => api.review({ params: { id: detail.plan.id }, body: { decision, summary, comments: comments.filter((c) => c.comment.trim()) } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['plan', detail.plan.id] });
      void qc.invalidateQueries({ queryKey: ['board'] });
      void qc.invalidateQueries({ queryKey: ['totals'] });
    },
  });
  const sections = plan?.sections ?? [];
  const headingOf = (id: string) => sections.find((x) => x.id === id)?.heading ?? '';
  const set = (i: number, patch: Partial<{ section: string; comment: string }>) => setComments((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const reviewable = detail.plan.status === 'submitted';
  return (
    <div>
      {/* Outside the form: once sent, the plan is no longer reviewable and the form goes away. */}
      {send.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>{t.plan.reviewSent}</MessageBarBody>
        </MessageBar>
      )}
      {!reviewable && !send.isSuccess && (
        <MessageBar>
          <MessageBarBody>{t.plan.notReviewable}</MessageBarBody>
        </MessageBar>
      )}
      {reviewable && user?.role !== 'mst_reviewer' && (
        <MessageBar>
          <MessageBarBody>{t.plan.onlyReviewer}</MessageBarBody>
        </MessageBar>
      )}
      {reviewable && user?.role === 'mst_reviewer' && (
        <form
          className={s.form}
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate();
          }}
        >
          <Field label={t.plan.decision}>
            <RadioGroup value={decision} onChange={(_, d) => setDecision(d.value as ReviewDecision)} layout="horizontal">
              <Radio value="accept" label={labelsVi.reviewDecision.accept} />
              <Radio value="return" label={labelsVi.reviewDecision.return} />
            </RadioGroup>
          </Field>
          <Field label={t.plan.reviewSummary}>
            <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" />
          </Field>
          <Subtitle2 as="h3">{t.plan.comments}</Subtitle2>
          {comments.map((c, i) => (
            <div key={i} className={s.comment}>
              <Field label={`${t.plan.section} ${i + 1}`}>
                <Dropdown
                  value={`${c.section} ${headingOf(c.section)}`}
                  selectedOptions={[c.section]}
                  onOptionSelect={(_, d) => set(i, { section: d.optionValue ?? c.section })}
                >
                  {sections.map((x) => (
                    <Option key={x.id} value={x.id} text={`${x.id} ${x.heading}`}>{`${x.id} ${x.heading}`}</Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label={`${t.plan.comment} ${i + 1}`}>
                <Textarea value={c.comment} onChange={(_, d) => set(i, { comment: d.value })} resize="vertical" />
              </Field>
              <Button
                icon={<DeleteRegular />}
                aria-label={`${t.plan.removeComment} ${i + 1}`}
                onClick={() => setComments((cs) => cs.filter((_, j) => j !== i))}
              />
            </div>
          ))}
          <div>
            <Button icon={<AddRegular />} onClick={() => setComments((cs) => [...cs, { section: sections[0]?.id ?? 'P1', comment: '' }])}>
              {t.plan.addComment}
            </Button>
          </div>
          {send.error && (
            <MessageBar intent="error">
              <MessageBarBody>{errorText(send.error)}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button appearance="primary" type="submit" disabled={send.isPending}>
              {t.plan.sendReview}
            </Button>
          </div>
        </form>
      )}
      <Subtitle2 as="h3" style={{ display: 'block', marginTop: 24 }}>
        {t.plan.reviews}
      </Subtitle2>
      {detail.reviews.map((r) => (
        <div key={r.id} className={s.past}>
          <Text weight="semibold">
            {labelsVi.reviewDecision[r.decision]} · {formatDateTime(r.createdAt)}
          </Text>
          {r.summary && <Text as="p">{r.summary}</Text>}
          <ul>
            {r.comments.map((c, i) => (
              <li key={i}>
                <Text>
                  <b>{c.section}</b> {headingOf(c.section)}: {c.comment}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
