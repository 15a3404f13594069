import { makeStyles, Text, tokens, Subtitle2 } from '@fluentui/react-components';
import type { PlanData } from '@cds/plan/schemas';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  section: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalS} 0` },
  text: { whiteSpace: 'pre-wrap', display: 'block', marginTop: tokens.spacingVerticalXS },
  item: { marginTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL, borderLeft: `3px solid ${tokens.colorBrandStroke2}` },
  id: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalS, fontFamily: tokens.fontFamilyMonospace },
});

/** The plan's text by section, with the a)/b) items of the sections that carry them. */
export function ContentTab({ plan }: { plan: PlanData }) {
  const s = useStyles();
  return (
    <div>
      {plan.sections.map((sec) => (
        <section key={sec.id} className={s.section} aria-labelledby={`sec-${sec.id}`} data-section={sec.id}>
          <Subtitle2 as="h3" id={`sec-${sec.id}`}>
            <span className={s.id}>{sec.id}</span>
            {sec.heading}
          </Subtitle2>
          {sec.text && <Text className={s.text}>{sec.text}</Text>}
          {sec.items &&
            (['results', 'shortcomings'] as const).map((part) => (
              <div key={part} className={s.item}>
                <Text weight="semibold">{t.plan.items[part]}</Text>
                <Text className={s.text}>{sec.items![part] || t.plan.emptyText}</Text>
              </div>
            ))}
        </section>
      ))}
    </div>
  );
}
