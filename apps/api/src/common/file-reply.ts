import { Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/decorators';

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

/** A stored file as the answer: its headers (fileHeaders) on the reply, its bytes as the body. */
export function sendFile(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; sha256: string; content: Buffer },
): Buffer {
  fileHeaders(reply, file);
  return file.content;
}

/**
 * `GET path` for one attachment of a case: the handler is called as `(id, attachmentId, actor, reply)` — the two
 * path parameters, the authenticated actor and the reply (passthrough) for sendFile.
 */
export function AttachmentDownload(path: string): MethodDecorator {
  return (target, key, descriptor) => {
    // The order TypeScript applies the written-out parameter decorators in (last first), so the route metadata and
    // the OpenAPI document stay as they were.
    Res({ passthrough: true })(target, key, 3);
    CurrentActor()(target, key, 2);
    Param('attachmentId')(target, key, 1);
    Param('id')(target, key, 0);
    Get(path)(target, key, descriptor);
  };
}
