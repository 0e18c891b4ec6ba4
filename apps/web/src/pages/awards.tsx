import {
  Heading,
  Link as DsLink,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { problemOf, ok } from '../api/problems';
import { publicRoundsQuery } from '../api/queries';
import { Page } from '../components/Page';
import { formatAmount } from '../format';
import { useT } from '../i18n';

type Round = Schemas['PublicRoundResponse'];

/** Tildelinger: who got how much, per call and grant year (the public award lists, no login). */
export function AwardsPage() {
  const t = useT();
  const rounds = useQuery(publicRoundsQuery);
  return (
    <Page title={t.awards.title} lead={<Paragraph>{t.awards.intro}</Paragraph>}>
      {rounds.isPending && <Paragraph>{t.common.loading}</Paragraph>}
      {rounds.isError && <Paragraph>{t.common.loadFailed}</Paragraph>}
      {rounds.data?.items.length === 0 && <Paragraph>{t.awards.noRounds}</Paragraph>}
      {rounds.data?.items.map((round) => (
        <RoundAwards key={round.id} round={round} />
      ))}
    </Page>
  );
}

function RoundAwards({ round }: { round: Round }) {
  const t = useT();
  const list = useQuery({
    queryKey: ['public', 'awards', round.id],
    queryFn: async () =>
      ok(await api.GET('/api/public/rounds/{id}/awards', { params: { path: { id: round.id } } })),
    staleTime: 60_000,
    retry: false,
  });
  // 409: the round is not decided yet, so there is no list to show.
  const notDecided = list.isError && problemOf(list.error)?.status === 409;
  const headingId = `awards-${round.id}`;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {round.title}
      </Heading>
      {list.isPending && <Paragraph>{t.common.loading}</Paragraph>}
      {notDecided && <Paragraph>{t.awards.notDecided}</Paragraph>}
      {list.isError && !notDecided && <Paragraph>{t.common.loadFailed}</Paragraph>}
      {list.data && <AwardTable list={list.data} roundId={round.id} />}
    </section>
  );
}

function AwardTable({ list, roundId }: { list: Schemas['AwardListResponse']; roundId: string }) {
  const t = useT();
  if (list.awards.length === 0) return <Paragraph>{t.awards.none}</Paragraph>;
  return (
    <>
      <Paragraph>
        {t.awards.year(list.year)} · {list.schemeName}
      </Paragraph>
      <div className="table-scroll">
        <Table data-testid="award-list">
          <TableHead>
            <TableRow>
              {[t.awards.recipient, t.awards.organisationNumber, t.awards.category, t.awards.amount].map(
                (h) => (
                  <TableHeaderCell key={h}>{h}</TableHeaderCell>
                ),
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {list.awards.map((a) => (
              <TableRow key={`${a.organisationNumber} ${a.measureCategory} ${a.amountOre}`}>
                <TableCell>{a.recipient}</TableCell>
                <TableCell>{a.organisationNumber}</TableCell>
                <TableCell>{a.measureCategory}</TableCell>
                <TableCell>{formatAmount(a.amountOre)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell>{t.awards.total}</TableHeaderCell>
              <TableCell />
              <TableCell />
              <TableCell data-testid="award-total">{formatAmount(list.totalOre)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      <Paragraph>
        <DsLink href={`/api/public/rounds/${roundId}/awards?format=csv`}>{t.awards.download}</DsLink>
      </Paragraph>
    </>
  );
}
