import { Button, Fieldset, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, csrfHeaders } from '../../api/client';
import { fieldId, ok, toProblem } from '../../api/problems';
import { useT } from '../../i18n';
import { applicationKey, useDraft } from './draft';
import { LabelledSelect } from './fields';

const KINDS = ['statutes', 'annual_accounts', 'annual_report', 'budget', 'other'] as const;
const MAX_BYTES = 10 * 1024 * 1024;

export function AttachmentsSection() {
  const t = useT();
  const draft = useDraft();
  const queryClient = useQueryClient();
  const required = draft.round?.scheme.requiredAttachmentKinds ?? [];
  const id = draft.application.id;

  const remove = useMutation({
    mutationFn: async (attachmentId: string) =>
      ok(
        await api.DELETE('/api/applications/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKey(id) }),
  });

  return (
    <>
      <Paragraph>{t.app.attachmentsIntro}</Paragraph>
      {required.length > 0 && (
        <Paragraph>
          {t.app.attachmentsRequired} {required.map((k) => t.attachmentKind[k]).join(', ')}
        </Paragraph>
      )}
      <Heading level={2} data-size="xs">
        {t.app.uploaded}
      </Heading>
      {draft.application.attachments.length === 0 ? (
        <Paragraph>{t.app.noAttachments}</Paragraph>
      ) : (
        <ul className="task-list" id={fieldId('attachments')}>
          {draft.application.attachments.map((a) => (
            <li key={a.id}>
              <span>
                {t.attachmentKind[a.kind]}: {a.fileName} ({Math.ceil(a.sizeBytes / 1024)} kB)
              </span>
              {draft.editable && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => remove.mutate(a.id)}
                  aria-label={`${t.common.remove} ${a.fileName}`}
                >
                  {t.common.remove}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {draft.editable && <UploadForm first={required[0] ?? 'other'} />}
    </>
  );
}

function UploadForm({ first }: { first: (typeof KINDS)[number] }) {
  const t = useT();
  const draft = useDraft();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<(typeof KINDS)[number]>(first);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = draft.application.id;

  const upload = () => {
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(t.app.chooseFile);
    if (file.size > MAX_BYTES) return setError(t.app.fileTooLarge);
    setError(null);
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/applications/${id}/attachments`);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (fileInput.current) fileInput.current.value = '';
        void queryClient.invalidateQueries({ queryKey: applicationKey(id) });
      } else {
        setError(refusal(xhr, t.app.uploadFailed));
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(t.app.uploadFailed);
    };
    xhr.send(form);
  };

  return (
    <Fieldset>
      <Fieldset.Legend>{t.app.upload}</Fieldset.Legend>
      <LabelledSelect
        id="attachment-kind"
        label={t.app.attachmentKind}
        value={kind}
        onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
      >
        {KINDS.map((k) => (
          <Select.Option key={k} value={k}>
            {t.attachmentKind[k]}
          </Select.Option>
        ))}
      </LabelledSelect>
      <Textfield
        id={fieldId('file')}
        type="file"
        label={t.app.file}
        ref={fileInput}
        accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
        error={error ?? undefined}
      />
      <div className="row">
        <Button variant="secondary" onClick={upload} disabled={progress !== null}>
          {t.app.upload}
        </Button>
        {progress !== null && (
          <progress max={100} value={progress} aria-label={t.app.uploading}>
            {progress} %
          </progress>
        )}
      </div>
    </Fieldset>
  );
}

/** What the API said when it refused a file (a problem+json body), or the fallback. */
function refusal(xhr: XMLHttpRequest, fallback: string): string {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // Not JSON.
  }
  const p = toProblem(xhr.status, body, fallback);
  return p.summary[0]?.message ?? p.detail ?? p.title;
}
