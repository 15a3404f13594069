import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { Shell } from './components/Shell';
import { BoardPage } from './pages/BoardPage';
import { LoginPage } from './pages/LoginPage';
import { match, navigate, useLocation } from './router';
import { isMst, useSession } from './session';
import { t } from './strings.vi';

// Every page but the board and sign-in loads when first opened: the board comes up without them.
const IndicatorDetailPage = lazy(() => import('./pages/IndicatorDetailPage').then((m) => ({ default: m.IndicatorDetailPage })));
const PlanPage = lazy(() => import('./pages/PlanPage').then((m) => ({ default: m.PlanPage })));
const IndicatorsPage = lazy(() => import('./pages/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage })));
const ExportsPage = lazy(() => import('./pages/ExportsPage').then((m) => ({ default: m.ExportsPage })));
const MyPlanPage = lazy(() => import('./pages/MyPlanPage').then((m) => ({ default: m.MyPlanPage })));
const AdminPage = lazy(() => import('./pages/AdminPage').then((m) => ({ default: m.AdminPage })));

/** Which page a path shows, for whom. */
function Page({ path }: { path: string }) {
  const { user } = useSession();
  if (!isMst(user)) return <MyPlanPage />;
  let m: Record<string, string> | null;
  if (path === '/' || path === '/board') return <BoardPage />;
  if ((m = match('/plans/:id', path))) return <PlanPage id={Number(m.id)} />;
  if (path === '/indicators') return <IndicatorsPage />;
  if ((m = match('/indicators/:code', path))) return <IndicatorDetailPage code={m.code!} />;
  if (path === '/exports') return <ExportsPage />;
  if (path === '/admin' && user?.role === 'admin') return <AdminPage />;
  return <p>{t.notFound}</p>;
}

export function App() {
  const { user, loading } = useSession();
  const { path } = useLocation();
  useEffect(() => {
    if (!loading && !user && path !== '/login') navigate('/login');
    if (!loading && user && path === '/login') navigate('/');
  }, [loading, user, path]);
  if (loading) return <Spinner label={t.loading} style={{ marginTop: 120 }} />;
  if (!user) return <LoginPage />;
  return (
    <Shell>
      <Suspense fallback={<Spinner label={t.loading} />}>
        <Page path={path} />
      </Suspense>
    </Shell>
  );
}
