import type { FastifyReply } from 'fastify';

/**
 * Headers for a stored file sent to the browser: its type, its name (RFC 6266, UTF-8 safe) and the SHA-256 the
 * system recorded for it. Cache-Control (`no-store`, as for every authenticated answer) is set for all answers in
 * common/cache-control.ts.
 */
export function fileHeaders(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; sha256: string; sizeBytes?: number | string },
  disposition: 'attachment' | 'inline' = 'attachment',
): void {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-checksum-sha256', file.sha256);
  if (file.sizeBytes !== undefined) void reply.header('content-length', String(file.sizeBytes));
}
