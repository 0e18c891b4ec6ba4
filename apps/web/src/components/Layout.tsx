import { Button, Link as DsLink, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { useLanguage } from '../i18n';
import { useSession } from '../session';

export function Layout() {
  const { t, language, choose } = useLanguage();
  const { session, logOut } = useSession();
  return (
    <>
      <SkipLink href="#main">{t.skipLink}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            <span className="site-header__name">{t.appName}</span>
            <span className="site-header__owner">{t.owner}</span>
          </Link>
          <nav aria-label={t.nav.main} className="site-header__nav">
            <DsLink asChild>
              <Link to="/">{t.nav.calls}</Link>
            </DsLink>
            {session && (
              <DsLink asChild>
                <Link to="/mine-soknader">{t.nav.myApplications}</Link>
              </DsLink>
            )}
            <Button
              variant="tertiary"
              data-size="sm"
              lang={language === 'nb' ? 'nn' : 'nb'}
              aria-label={t.switchToLabel}
              onClick={() => choose(language === 'nb' ? 'nn' : 'nb')}
            >
              {t.switchTo}
            </Button>
            {session ? (
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  void logOut();
                }}
              >
                {t.nav.logOut}
              </Button>
            ) : (
              <DsLink asChild>
                <Link to="/logg-inn">{t.nav.logIn}</Link>
              </DsLink>
            )}
          </nav>
        </div>
        {session && (
          <div className="site-header__user">
            <Paragraph data-size="sm">{t.nav.loggedInAs(session.user.name)}</Paragraph>
          </div>
        )}
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<Paragraph>{t.common.loading}</Paragraph>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
