import { MODULE_METADATA } from '@nestjs/common/constants';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Role } from '@app/grants';
import { AppModule } from '../../../apps/api/src/app.module';
import { IS_PUBLIC, REQUIRED_ROLES } from '../../../apps/api/src/auth/decorators';

/** The part of JSON Schema (OpenAPI 3.0) the API's document uses. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export type Access = { kind: 'public' } | { kind: 'authenticated'; roles: Role[] | null };

export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. /api/applications/{id}/attachments/{attachmentId}. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: { contentType: 'application/json' | 'multipart/form-data'; schema: Schema; required: boolean } | null;
  /** Who may call it, read from the controller's decorators (null when the handler was not found). */
  access: Access | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenAPIObject): Operation[] {
  const handlers = handlerAccess();
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId ?? `${method} ${path}`;
      const parameters = (op.parameters ?? []).map((p) => resolveParameter(document, p));
      const content = op.requestBody
        ? (resolveRef(document, op.requestBody) as {
            content: Record<string, { schema: Schema }>;
            required?: boolean;
          })
        : undefined;
      let body: Operation['body'] = null;
      if (content) {
        const type = content.content['multipart/form-data'] ? 'multipart/form-data' : 'application/json';
        const entry = content.content[type];
        if (!entry)
          throw new Error(
            `${id}: request body of an unsupported type (${Object.keys(content.content).join(', ')})`,
          );
        body = { contentType: type, schema: entry.schema, required: content.required ?? false };
      }
      result.push({
        id,
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body,
        access: handlers.get(id) ?? null,
      });
    }
  }
  return result;
}

function resolveRef(document: OpenAPIObject, value: unknown): unknown {
  let current = value as { $ref?: string };
  for (let i = 0; current?.$ref && i < 20; i++) {
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document) as {
      $ref?: string;
    };
  }
  return current;
}

function resolveParameter(document: OpenAPIObject, parameter: unknown): Parameter {
  const p = resolveRef(document, parameter) as Parameter;
  return { name: p.name, in: p.in, required: p.required ?? false, schema: p.schema ?? {} };
}

/** Follows $ref and merges allOf, so generators see one schema with its own keywords. */
export function resolveSchema(document: OpenAPIObject, schema: Schema | undefined): Schema {
  if (!schema) return {};
  let s = schema;
  if (s.$ref) {
    const { $ref: _ref, ...rest } = s;
    s = { ...resolveSchema(document, resolveRef(document, s) as Schema), ...rest };
  }
  if (s.allOf) {
    const { allOf, ...rest } = s;
    s = allOf.reduce<Schema>(
      (merged, part) => {
        const r = resolveSchema(document, part);
        return {
          ...merged,
          ...r,
          properties: { ...merged.properties, ...r.properties },
          required: [...(merged.required ?? []), ...(r.required ?? [])],
        };
      },
      { ...rest },
    );
    if (!Object.keys(s.properties ?? {}).length) delete s.properties;
    if (!s.required?.length) delete s.required;
  }
  return s;
}

/**
 * Who may call each handler, keyed by the operationId the document gives it (`Controller_method`, see
 * createOpenApiDocument): used to send most requests as a role that gets past the guard.
 */
function handlerAccess(): Map<string, Access> {
  const result = new Map<string, Access>();
  for (const controller of controllersOf(AppModule)) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[method];
      if (method === 'constructor' || typeof handler !== 'function') continue;
      const id = `${controller.name.replace(/Controller$/, '')}_${method}`;
      const isPublic =
        Reflect.getMetadata(IS_PUBLIC, handler) === true ||
        Reflect.getMetadata(IS_PUBLIC, controller) === true;
      const roles = (Reflect.getMetadata(REQUIRED_ROLES, handler) ??
        Reflect.getMetadata(REQUIRED_ROLES, controller) ??
        null) as Role[] | null;
      result.set(id, isPublic ? { kind: 'public' } : { kind: 'authenticated', roles });
    }
  }
  return result;
}

type Class = new (...args: never[]) => object;

/** The controllers of a module and of every module it imports (dynamic modules too). */
function controllersOf(root: unknown): Class[] {
  const seen = new Set<unknown>();
  const found = new Set<Class>();
  const visit = (entry: unknown) => {
    if (!entry || seen.has(entry)) return;
    seen.add(entry);
    const dynamic =
      typeof entry === 'object'
        ? (entry as { module?: unknown; controllers?: Class[]; imports?: unknown[] })
        : null;
    const cls = dynamic ? dynamic.module : entry;
    if (dynamic) {
      for (const c of dynamic.controllers ?? []) found.add(c);
      for (const i of dynamic.imports ?? []) visit(i);
    }
    if (typeof cls !== 'function') return;
    for (const c of (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, cls) ?? []) as Class[]) found.add(c);
    for (const i of (Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) ?? []) as unknown[]) visit(i);
  };
  visit(root);
  return [...found];
}

/**
 * The document to fuzz: the operations of the running app's document (`live`), each with the parameters and
 * request body the committed openapi.json gives the same operation when it has it.
 *
 * Why: `npm run build` compiles with the @nestjs/swagger plugin, which reads the class-validator decorators
 * (@MaxLength, @IsUUID, @Matches…) into the schema; ts-jest transpiles file by file (isolatedModules) and
 * cannot run it, so the document the app produces under test lacks those constraints. The committed file is
 * the built app's document (`npm run openapi:check` keeps it so). An operation it does not have yet (added
 * and not regenerated) is fuzzed from the live document alone.
 */
export function contractDocument(live: OpenAPIObject, committed: OpenAPIObject | null): OpenAPIObject {
  if (!committed) return live;
  const paths: OpenAPIObject['paths'] = {};
  for (const [path, item] of Object.entries(live.paths)) {
    paths[path] = { ...item };
    for (const method of METHODS) {
      const op = item[method];
      const built = committed.paths[path]?.[method];
      if (!op || !built || built.operationId !== op.operationId) continue;
      paths[path][method] = { ...op, parameters: built.parameters, requestBody: built.requestBody };
    }
  }
  return {
    ...live,
    paths,
    components: {
      ...live.components,
      schemas: { ...live.components?.schemas, ...committed.components?.schemas },
    },
  };
}
