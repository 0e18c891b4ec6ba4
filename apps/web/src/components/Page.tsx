import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n';

let firstRender = true;

/**
 * A page: its h1 (which receives focus after every navigation, so a screen reader starts at the new page) and
 * the document title.
 */
export function Page({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    document.title = `${title} – ${t.appName}`;
  }, [title, t.appName]);
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    heading.current?.focus();
  }, [location.pathname]);
  return (
    <>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="page-title">
        {title}
      </Heading>
      {lead}
      {children}
    </>
  );
}
