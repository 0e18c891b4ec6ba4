import { useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problems';
import { organisationKey } from '../../api/queries';
import { useFormMutation } from '../../components/useFormProblem';

export { organisationKey } from '../../api/queries';

export type Organisation = Schemas['OrganisationResponse'];
export type Member = Schemas['MemberResponse'];
type Change = Omit<Schemas['UpdateOrganisationRequest'], 'version'>;

/**
 * A change to the organisation's profile with the version last read; a refusal (409 included) shows in the form's
 * summary and the profile is read again.
 */
export function useOrganisationUpdate(o: Organisation, onSaved: () => void) {
  const queryClient = useQueryClient();
  return useFormMutation({
    mutationFn: async (change: Change) =>
      ok(
        await api.PATCH('/api/organisations/{id}', {
          params: { path: { id: o.id } },
          body: { ...change, version: o.version },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(organisationKey(o.id), saved);
      onSaved();
    },
    onError: () => queryClient.invalidateQueries({ queryKey: organisationKey(o.id) }),
  });
}
