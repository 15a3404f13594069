import { Avatar, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { labelsVi } from '@cds/strings-vi';
import type { ReactNode } from 'react';
import { navigate, useLocation } from '../router';
import { isMst, useSession } from '../session';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: 'flex', flexDirection: 'column', marginRight: tokens.spacingHorizontalL },
  nav: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', flexGrow: 1 },
  navButton: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  current: {
    backgroundColor: tokens.colorBrandBackgroundPressed,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundPressed, color: tokens.colorNeutralForegroundOnBrand },
  },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: '1400px', margin: '0 auto' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    top: 'auto',
    ':focus': {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalM,
      zIndex: 10,
      backgroundColor: tokens.colorNeutralBackground1,
      padding: tokens.spacingHorizontalS,
    },
  },
});

/** The header (product, navigation, who is signed in) around every page. */
export function Shell({ children }: { children: ReactNode }) {
  const s = useStyles();
  const { user, signOut } = useSession();
  const { path } = useLocation();
  const items = isMst(user)
    ? [
        { to: '/', label: t.nav.board, active: path === '/' || path.startsWith('/plans') },
        { to: '/indicators', label: t.nav.indicators, active: path.startsWith('/indicators') },
        { to: '/exports', label: t.nav.exports, active: path === '/exports' },
        ...(user?.role === 'admin' ? [{ to: '/admin', label: t.nav.admin, active: path === '/admin' }] : []),
      ]
    : [{ to: '/', label: t.nav.myPlan, active: true }];
  return (
    <>
      <a href="#main" className={s.skip}>
        {t.skipToContent}
      </a>
      <header className={s.header}>
        <div className={s.brand}>
          <Text weight="semibold" size={400}>
            {t.appName}
          </Text>
          <Text size={200}>{user?.agency?.name ?? t.ministry}</Text>
        </div>
        <nav aria-label={t.nav.main} className={s.nav}>
          {items.map((i) => (
            <Button
              key={i.to}
              as="a"
              href={i.to}
              appearance="subtle"
              className={i.active ? `${s.navButton} ${s.current}` : s.navButton}
              aria-current={i.active ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(i.to);
              }}
            >
              {i.label}
            </Button>
          ))}
        </nav>
        <div className={s.user}>
          <Avatar name={user?.name} size={28} color="neutral" aria-hidden />
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <Text size={300}>{user?.name}</Text>
            <Text size={200}>{user ? labelsVi.role[user.role] : ''}</Text>
          </div>
          <Button appearance="subtle" className={s.navButton} icon={<SignOutRegular />} onClick={() => void signOut()}>
            {t.signOut}
          </Button>
        </div>
      </header>
      <main id="main" className={s.main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
