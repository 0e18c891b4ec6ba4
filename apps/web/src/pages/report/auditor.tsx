import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { csrfHeaders } from '../../api/client';
import { fieldId, toProblem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { useFormProblem } from '../../components/useFormProblem';
import { useT } from '../../i18n';
import { reportKey, type ReportForm } from './shared';

/** Uploads the auditor's statement (multipart, so not through the typed client); the answer is the report. */
function useStatementUpload(id: string) {
  const t = useT();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const problem = useFormProblem();
  const upload = async (file: File) => {
    setUploading(true);
    problem.clear();
    try {
      const body = new FormData();
      body.append('file', file);
      const res = await fetch(`/api/applications/${id}/report/auditor-statement`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: csrfHeaders(),
      });
      const json: unknown = await res.json().catch(() => null);
      if (res.ok) queryClient.setQueryData(reportKey(id), json);
      else problem.show(toProblem(res.status, json, t.common.loadFailed));
    } catch (error) {
      problem.fail(error);
    } finally {
      setUploading(false);
    }
  };
  return { upload, uploading, problem };
}

/** A grant above the scheme's threshold: the auditor's statement (ISRS 4400) as a PDF, once the report is saved. */
export function AuditorStatement({ form }: { form: ReportForm }) {
  const t = useT();
  const r = form.report;
  const { upload, uploading, problem } = useStatementUpload(r.applicationId);
  return (
    <section className="stack" id={fieldId('auditorStatement')}>
      <Heading level={2} data-size="sm">
        {t.report.auditor}
      </Heading>
      <Paragraph>{t.report.auditorText}</Paragraph>
      <ProblemSummary problem={problem.problem} ref={problem.summaryRef} />
      {r.auditorStatement && (
        <Paragraph data-testid="auditor-statement">
          {t.report.auditorUploaded(r.auditorStatement.fileName)}
        </Paragraph>
      )}
      {form.editable &&
        (r.version === 0 ? (
          <Paragraph>{t.report.auditorSaveFirst}</Paragraph>
        ) : (
          <Textfield
            id={fieldId('auditorStatement.file')}
            type="file"
            accept="application/pdf"
            label={t.report.auditorFile}
            description={uploading ? t.report.auditorUploading : undefined}
            error={form.errorOf('auditorStatement')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = '';
            }}
          />
        ))}
    </section>
  );
}
