import {
  Heading,
  Link as DsLink,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { AWARD_LISTS_PAGE_SIZE, awardListsPage, awardListsQuery, roundAwardsQuery } from '../api/queries';
import { Page } from '../components/Page';
import { formatAmount, formatDate } from '../format';
import { useT } from '../i18n';

type AwardListSummary = Schemas['PublicAwardListResponse'];

/**
 * Tildelinger: who got how much, per decided round, newest first (the public award lists, no login). Each round
 * shows its award list as a table and links to it as CSV and XLSX; more rounds than a page holds are paged
 * (`?side=2`).
 */
export function AwardsPage() {
  const t = useT();
  const [search] = useSearchParams();
  const page = awardListsPage(search);
  const shownPage = useRef(page);
  useEffect(() => {
    // Another page of lists is a new page to the reader: start at its heading, as after navigation.
    if (shownPage.current === page) return;
    shownPage.current = page;
    document.querySelector<HTMLElement>('h1')?.focus();
  }, [page]);
  const lists = useQuery(awardListsQuery(page));
  return (
    <Page title={t.awards.title} lead={<Paragraph>{t.awards.intro}</Paragraph>}>
      {lists.isPending && <Paragraph>{t.common.loading}</Paragraph>}
      {lists.isError && <Paragraph>{t.common.loadFailed}</Paragraph>}
      {lists.data?.total === 0 && <Paragraph>{t.awards.noRounds}</Paragraph>}
      {lists.data?.items.map((list) => (
        <RoundAwards key={list.roundId} list={list} />
      ))}
      {lists.data && <Pager page={page} pages={Math.ceil(lists.data.total / AWARD_LISTS_PAGE_SIZE)} />}
    </Page>
  );
}

function RoundAwards({ list }: { list: AwardListSummary }) {
  const t = useT();
  const headingId = `awards-${list.roundId}`;
  const href = (format: 'csv' | 'xlsx') => `/api/public/rounds/${list.roundId}/awards?format=${format}`;
  return (
    <section className="stack award-round" aria-labelledby={headingId} data-testid="award-round">
      <Heading level={2} data-size="sm" id={headingId}>
        {list.title}
      </Heading>
      <dl className="facts">
        <dt>{t.awards.year}</dt>
        <dd>{list.year}</dd>
        <dt>{t.awards.scheme}</dt>
        <dd>
          {list.tilskuddNoId ? t.awards.schemeWithId(list.schemeName, list.tilskuddNoId) : list.schemeName}
        </dd>
        {list.decidedAt && (
          <>
            <dt>{t.awards.decided}</dt>
            <dd>{formatDate(list.decidedAt)}</dd>
          </>
        )}
        {list.grants > 0 && (
          <>
            <dt>{t.awards.granted}</dt>
            <dd data-testid="award-summary">{t.awards.grants(list.grants, formatAmount(list.totalOre))}</dd>
          </>
        )}
      </dl>
      {list.grants === 0 ? (
        <Paragraph>{t.awards.none}</Paragraph>
      ) : (
        <>
          <AwardTable summary={list} />
          <Paragraph>
            {t.awards.download}{' '}
            <span className="row awards-downloads">
              <DsLink href={href('csv')} download>
                {t.awards.downloadCsv(list.year)}
              </DsLink>
              <DsLink href={href('xlsx')} download>
                {t.awards.downloadXlsx(list.year)}
              </DsLink>
            </span>
          </Paragraph>
        </>
      )}
    </section>
  );
}

/** The round's award list: one line per accepted grant in force, the sum at the foot. */
function AwardTable({ summary }: { summary: AwardListSummary }) {
  const t = useT();
  const list = useQuery(roundAwardsQuery(summary.roundId));
  if (list.isPending) return <Paragraph>{t.common.loading}</Paragraph>;
  if (list.isError) return <Paragraph>{t.awards.loadFailed}</Paragraph>;
  return (
    <div className="table-scroll" role="region" aria-label={t.awards.caption(summary.title)} tabIndex={0}>
      <Table data-testid="award-list" data-size="sm">
        <caption>
          <span className="caption-text">{t.awards.caption(summary.title)}</span>
        </caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.awards.recipient}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.awards.organisationNumber}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.awards.category}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {t.awards.amount}
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.data.awards.map((a) => (
            <TableRow key={`${a.organisationNumber} ${a.measureCategory} ${a.amountOre}`}>
              <TableHeaderCell scope="row">{a.recipient}</TableHeaderCell>
              <TableCell>{a.organisationNumber}</TableCell>
              <TableCell>{a.measureCategory}</TableCell>
              <TableCell className="numeric">{formatAmount(a.amountOre)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFoot>
          <TableRow>
            <TableHeaderCell scope="row" colSpan={3}>
              {t.awards.total}
            </TableHeaderCell>
            <TableCell className="numeric" data-testid="award-total">
              {formatAmount(list.data.totalOre)}
            </TableCell>
          </TableRow>
        </TableFoot>
      </Table>
    </div>
  );
}

/** Newer and older pages of award lists, when there are more rounds than one page holds. */
function Pager({ page, pages }: { page: number; pages: number }) {
  const t = useT();
  if (pages <= 1) return null;
  const to = (n: number) => (n === 1 ? '/tildelinger' : `/tildelinger?side=${n}`);
  return (
    <nav aria-label={t.awards.pages} className="row">
      {page > 1 && (
        <DsLink asChild>
          <Link to={to(Math.min(page - 1, pages))}>{t.awards.newer}</Link>
        </DsLink>
      )}
      <span>{t.awards.pageOf(Math.min(page, pages), pages)}</span>
      {page < pages && (
        <DsLink asChild>
          <Link to={to(page + 1)}>{t.awards.older}</Link>
        </DsLink>
      )}
    </nav>
  );
}
