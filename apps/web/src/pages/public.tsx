import {
  Button,
  Card,
  CardBlock,
  Heading,
  Link as DsLink,
  ListUnordered,
  ListItem,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { publicRoundQuery, publicRoundsQuery } from '../api/queries';
import { Page } from '../components/Page';
import { formatAmount, formatDateTime, timeLeft } from '../format';
import { useLanguage, useT, type Language } from '../i18n';
import type { Messages } from '../i18n/nb';
import { useSession } from '../session';

type PublicRound = Schemas['PublicRoundResponse'];

export function schemeName(round: PublicRound, language: Language): string {
  return language === 'nn' && round.scheme.nameNn ? round.scheme.nameNn : round.scheme.name;
}

export function Deadline({ at, t }: { at: string; t: Messages }) {
  const left = timeLeft(at);
  return (
    <>
      {formatDateTime(at)} {t.time.osloTime}{' '}
      <Tag data-color={left.passed ? 'neutral' : left.days < 7 ? 'warning' : 'info'} data-size="sm">
        {left.passed ? t.time.passed : t.time.daysLeft(left.days, left.hours)}
      </Tag>
    </>
  );
}

export function CallsPage() {
  const { t, language } = useLanguage();
  const rounds = useQuery(publicRoundsQuery);
  return (
    <Page title={t.calls.title} lead={<Paragraph>{t.calls.intro}</Paragraph>}>
      <Paragraph>
        <DsLink asChild>
          <Link to="/tildelinger">{t.awards.frontLink}</Link>
        </DsLink>
      </Paragraph>
      {rounds.isPending && <Paragraph>{t.common.loading}</Paragraph>}
      {rounds.isError && <Paragraph>{t.common.loadFailed}</Paragraph>}
      {rounds.data?.items.length === 0 && <Paragraph>{t.calls.none}</Paragraph>}
      <ul className="card-list">
        {rounds.data?.items.map((round) => (
          <li key={round.id}>
            <Card data-color="neutral">
              <CardBlock>
                <Heading level={2} data-size="sm">
                  <DsLink asChild>
                    <Link to={`/utlysninger/${round.id}`}>{round.title}</Link>
                  </DsLink>
                </Heading>
                <Paragraph data-size="sm">{schemeName(round, language)}</Paragraph>
                <dl className="facts">
                  <dt>{t.calls.deadline}</dt>
                  <dd>
                    <Deadline at={round.applicationDeadline.at} t={t} />
                  </dd>
                  <dt>{t.calls.frame}</dt>
                  <dd>{formatAmount(round.budgetFrameOre)}</dd>
                </dl>
              </CardBlock>
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function CallPage() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const { session } = useSession();
  const round = useQuery(publicRoundQuery(id));
  if (round.isPending) return <Page title={t.common.loading} />;
  if (!round.data) return <NotFoundPage />;
  const r = round.data;
  const scheme = r.scheme;
  return (
    <Page title={r.title} lead={<Paragraph data-size="lg">{schemeName(r, language)}</Paragraph>}>
      <dl className="facts">
        <dt>{t.call.deadline}</dt>
        <dd>
          <Deadline at={r.applicationDeadline.at} t={t} />
        </dd>
        <dt>{t.call.frame}</dt>
        <dd>{formatAmount(r.budgetFrameOre)}</dd>
      </dl>
      {r.openForApplications ? (
        <div>
          <Button asChild>
            <Link
              to={
                session ? `/soknad/ny/${r.id}` : `/logg-inn?neste=${encodeURIComponent(`/soknad/ny/${r.id}`)}`
              }
            >
              {session ? t.call.apply : t.call.logInToApply}
            </Link>
          </Button>
        </div>
      ) : (
        <Paragraph>{t.call.closedText}</Paragraph>
      )}
      <CallSection heading={t.call.purpose}>
        <Paragraph>{scheme.purpose}</Paragraph>
      </CallSection>
      <CallSection heading={t.call.categories}>
        <NamedList names={scheme.measureCategories.map((c) => c.name)} />
      </CallSection>
      <CallSection heading={t.call.criteria}>
        <CriteriaTable criteria={scheme.assessmentCriteria} />
      </CallSection>
      <CallSection heading={t.call.who}>
        <NamedList names={scheme.eligibleOrganisationForms.map((f) => t.orgForm[f])} />
      </CallSection>
      <CallSection heading={t.call.attachments}>
        <NamedList names={scheme.requiredAttachmentKinds.map((k) => t.attachmentKind[k])} />
      </CallSection>
      <CallSection heading={t.call.legalBasis}>
        <Paragraph>
          {scheme.legalBasisTitle} {scheme.legalBasisSections.join(', ')}
        </Paragraph>
      </CallSection>
    </Page>
  );
}

function NamedList({ names }: { names: string[] }) {
  return (
    <ListUnordered>
      {names.map((name) => (
        <ListItem key={name}>{name}</ListItem>
      ))}
    </ListUnordered>
  );
}

function CallSection({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {heading}
      </Heading>
      {children}
    </section>
  );
}

function CriteriaTable({ criteria }: { criteria: { code: string; name: string; weight: number }[] }) {
  const t = useT();
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.call.criterion}</TableHeaderCell>
          <TableHeaderCell>{t.call.weight}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {criteria.map((c) => (
          <TableRow key={c.code}>
            <TableCell>{c.name}</TableCell>
            <TableCell>{c.weight} %</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t.common.notFound}>
      <Paragraph>{t.common.notFoundText}</Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to="/">{t.common.toFrontPage}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
