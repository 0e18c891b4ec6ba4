import {
  Heading,
  Table,
  TableBody,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../session';

/** The pieces the appeal and the change request pages share. */

/** To the login page and back here (query included) when there is no session; null while there is one. */
export function useLoginRedirect() {
  const { session, loading } = useSession();
  const location = useLocation();
  return !loading && !session ? (
    <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname + location.search)}`} replace />
  ) : null;
}

/** What the user has sent before for this grant, newest as the API lists them; nothing while there is none. */
export function EarlierSubmissions<T extends { id: string }>(props: {
  heading: string;
  columns: string[];
  items: T[];
  /** One item's cells, in the order of `columns`. */
  cells: (item: T) => ReactNode;
}) {
  if (props.items.length === 0) return null;
  return (
    <section className="stack">
      <Heading level={2} data-size="sm">
        {props.heading}
      </Heading>
      <div className="table-scroll">
        <Table>
          <TableHead>
            <TableRow>
              {props.columns.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {props.items.map((item) => (
              <TableRow key={item.id}>{props.cells(item)}</TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
