import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { syncMessages, type ReviewView } from '@cds/plan-sync';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  heading: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  comment: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

/** MST's review: the summary, then each comment beside its section with a button that selects the section in Word. */
export function ReviewComments({ review, selectSection }: { review: ReviewView; selectSection(id: string): void }) {
  const s = useStyles();
  const ui = syncMessages.ui;
  return (
    <section className={s.root} aria-label={ui.reviewTitle} data-testid="review">
      <MessageBar intent={review.decision === 'return' ? 'warning' : 'success'}>
        <MessageBarBody>
          <MessageBarTitle>{review.title}</MessageBarTitle>
          {review.atText}
        </MessageBarBody>
      </MessageBar>
      {review.summary && (
        <Text className={s.comment} data-testid="review-summary">
          {review.summary}
        </Text>
      )}
      {review.comments.length === 0 ? (
        <Text size={200}>{ui.noComments}</Text>
      ) : (
        <ol className={s.list}>
          {review.comments.map((c, i) => (
            <li key={`${c.section}-${i}`} className={s.item} data-section={c.section}>
              {/* A link-looking button: it reads as something to click, and Tab reaches it (a real <button>). */}
              <Link
                as="button"
                className={s.heading}
                onClick={() => selectSection(c.section)}
                aria-label={ui.goToSection(ui.commentHeading(c.section, c.heading))}
              >
                {ui.commentHeading(c.section, c.heading)}
              </Link>
              <Text size={200} className={s.comment}>
                {c.comment}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
