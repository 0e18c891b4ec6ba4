import { DomainError } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { forbiddenCharacterErrors } from '../common/safe-text';
import { RequestValidationError } from '../common/validation';

export interface SingleFileUpload {
  fields: Record<string, string>;
  fileName: string;
  bytes: Buffer;
}

/**
 * Reads a multipart/form-data body with exactly one file part (named "file") and some text fields.
 * The size limit is enforced while streaming, so an oversized upload is cut off, not buffered. The file name is
 * cleaned (control and bidi characters removed) where it is stored: cleanFileName in @app/grants.
 */
export async function readSingleFileUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<SingleFileUpload> {
  if (!request.isMultipart()) {
    throw DomainError.rule(
      'file',
      'multipart',
      'Vedlegg lastes opp som multipart/form-data med feltet «file».',
    );
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1000 },
    })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          throw DomainError.rule(part.fieldname, 'unexpectedFile', 'Filen må sendes i feltet «file».');
        }
        file = { fileName: part.filename, bytes: await part.toBuffer() };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw DomainError.rule('file', 'maxSize', 'Filen er større enn 10 MB.');
    if (code === 'FST_FILES_LIMIT') throw DomainError.rule('file', 'oneFile', 'Last opp én fil om gangen.');
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw DomainError.rule('file', 'tooManyParts', 'Forespørselen har for mange felt.');
    }
    throw DomainError.rule('file', 'multipart', 'Opplastingen kunne ikke leses som multipart/form-data.');
  }
  // The same rule as for JSON bodies and query strings, for every text field (also those a route ignores).
  const forbidden = forbiddenCharacterErrors(fields);
  if (forbidden.length) throw new RequestValidationError(forbidden);
  if (!file) throw DomainError.rule('file', 'required', 'Filen mangler (feltet «file»).');
  return { fields, ...file };
}
