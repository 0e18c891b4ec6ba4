import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ok } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { useFormProblem } from '../../components/useFormProblem';
import { useT } from '../../i18n';
import { AddMember } from './add-member';
import type { Member } from './query';
import { membersKey, membersQuery } from '../../api/queries';

/** The members, who may sign, and (for a signatory) adding, removing and giving or taking signing rights. */
export function MembersSection({ organisationId: id, userId }: { organisationId: string; userId: string }) {
  const t = useT();
  const form = useFormProblem();
  const members = useQuery(membersQuery(id));
  const { done, signing, remove } = useMemberActions(id, form.fail, form.clear);
  const list = members.data ?? [];
  const mayManage = list.some((m) => m.userId === userId && m.signatory);
  return (
    <section className="stack" aria-labelledby="org-members">
      <Heading level={2} data-size="sm" id="org-members">
        {t.orgPage.members}
      </Heading>
      <Paragraph>{t.orgPage.membersIntro}</Paragraph>
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      {members.isPending && <Paragraph>{t.common.loading}</Paragraph>}
      {list.length > 0 && (
        <MembersTable
          list={list}
          mayManage={mayManage}
          onSigning={(m) => signing.mutate(m)}
          onRemove={(m) => remove.mutate(m)}
        />
      )}
      {mayManage ? (
        <AddMember organisationId={id} onAdded={done.onSuccess} onError={form.fail} />
      ) : (
        <Paragraph>{t.orgPage.onlySignatories}</Paragraph>
      )}
    </section>
  );
}

function useMemberActions(id: string, fail: (e: unknown) => void, clear: () => void) {
  const queryClient = useQueryClient();
  const done = {
    onSuccess: (list: Member[] | undefined) => {
      clear();
      if (list) queryClient.setQueryData(membersKey(id), list);
      else void queryClient.invalidateQueries({ queryKey: membersKey(id) });
    },
    onError: fail,
  };
  const signing = useMutation({
    mutationFn: async (m: Member) =>
      ok(
        await api.PATCH('/api/organisations/{id}/members/{userId}', {
          params: { path: { id, userId: m.userId } },
          body: { signatory: !m.signatory },
        }),
      ),
    ...done,
  });
  const remove = useMutation({
    mutationFn: async (m: Member) => {
      const result = await api.DELETE('/api/organisations/{id}/members/{userId}', {
        params: { path: { id, userId: m.userId } },
      });
      ok(result);
      return undefined;
    },
    ...done,
  });
  return { done, signing, remove };
}

function MembersTable(props: {
  list: Member[];
  mayManage: boolean;
  onSigning: (m: Member) => void;
  onRemove: (m: Member) => void;
}) {
  const t = useT();
  const headings = [t.orgPage.name, t.orgPage.memberEmail, t.orgPage.signs];
  if (props.mayManage) headings.push(t.orgPage.actions);
  return (
    <div className="table-scroll">
      <Table data-testid="members">
        <TableHead>
          <TableRow>
            {headings.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.list.map((m) => (
            <TableRow key={m.userId}>
              <TableCell>{m.name}</TableCell>
              <TableCell>{m.email}</TableCell>
              <TableCell>
                <Tag data-color={m.signatory ? 'success' : 'neutral'} data-size="sm">
                  {m.signatory ? t.orgPage.signs : t.orgPage.mayNotSign}
                </Tag>
              </TableCell>
              {props.mayManage && (
                <TableCell>
                  <div className="row">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={m.signatory ? t.orgPage.takeSigning(m.name) : t.orgPage.giveSigning(m.name)}
                      onClick={() => props.onSigning(m)}
                    >
                      {m.signatory ? t.orgPage.takeSigningShort : t.orgPage.giveSigningShort}
                    </Button>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t.orgPage.removeMember(m.name)}
                      onClick={() => props.onRemove(m)}
                    >
                      {t.common.remove}
                    </Button>
                  </div>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
