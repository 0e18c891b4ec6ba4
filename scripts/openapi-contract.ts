/**
 * What the OpenAPI document must say for a client to write correct requests from it alone (issue 17 §2), counted
 * and listed: every operation has a summary, a description (the rules it enforces) and its error responses as
 * problem documents with an example; every authenticated operation lists 401; every schema property has a
 * description, and so does every parameter and every field of an inline (multipart) body; amounts, dates, times,
 * organisation and account numbers have an example.
 */
import type { OpenAPIObject } from '@nestjs/swagger';

export interface ContractFigures {
  operations: number;
  withSummary: number;
  withDescription: number;
  with4xx: number;
  properties: number;
  withPropertyDescription: number;
  withExample: number;
  parameters: number;
  withParameterDescription: number;
}

interface Schema {
  type?: string;
  format?: string;
  description?: string;
  example?: unknown;
  examples?: unknown;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  $ref?: string;
}

interface Response {
  content?: Record<string, { schema?: Schema; example?: unknown; examples?: Record<string, unknown> }>;
}

interface Parameter {
  name: string;
  in: string;
  description?: string;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  summary?: string;
  description?: string;
  security?: unknown[];
  responses?: Record<string, Response>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const PROBLEM = 'application/problem+json';

/** Amounts, dates, times, organisation and account numbers: formats a client cannot guess. */
function needsExample(name: string, schema: Schema): boolean {
  return (
    /Ore$/.test(name) ||
    schema.format === 'date' ||
    schema.format === 'date-time' ||
    (schema.type === 'string' && /At$/.test(name)) ||
    /^(organisationNumber|bankAccount|accountNumber)$/.test(name)
  );
}

export function checkContract(document: OpenAPIObject): { figures: ContractFigures; gaps: string[] } {
  const gaps: string[] = [];
  const figures: ContractFigures = {
    operations: 0,
    withSummary: 0,
    withDescription: 0,
    with4xx: 0,
    properties: 0,
    withPropertyDescription: 0,
    withExample: 0,
    parameters: 0,
    withParameterDescription: 0,
  };
  const globalSecurity = (document.security ?? []).length > 0;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const id = `${method.toUpperCase()} ${path}`;
      figures.operations++;
      if (op.summary?.trim()) figures.withSummary++;
      else gaps.push(`${id}: no summary`);
      if (op.description?.trim()) figures.withDescription++;
      else gaps.push(`${id}: no description (the rules it enforces)`);
      const errors = Object.entries(op.responses ?? {}).filter(([code]) => /^[45]\d\d$/.test(code));
      if (errors.some(([code]) => code.startsWith('4'))) figures.with4xx++;
      // Health is the one operation without a client error: its 503 (a store down) is documented instead.
      if (errors.length === 0) gaps.push(`${id}: no error responses`);
      const authenticated = op.security ? op.security.length > 0 : globalSecurity;
      if (authenticated && !op.responses?.['401']) gaps.push(`${id}: authenticated but no 401 response`);
      for (const parameter of op.parameters ?? []) {
        figures.parameters++;
        if (parameter.description?.trim()) figures.withParameterDescription++;
        else gaps.push(`${id}: ${parameter.in} parameter ${parameter.name} has no description`);
      }
      // Inline request bodies (multipart uploads) are held to the same rule as schema components.
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        for (const [key, property] of Object.entries(media.schema?.properties ?? {})) {
          if (!property.description?.trim()) gaps.push(`${id} ${type} body: ${key} has no description`);
        }
      }
      for (const [code, response] of errors) {
        // A problem document, or (health's 503) the operation's own body documented for that status.
        const media = response.content?.[PROBLEM] ?? response.content?.['application/json'];
        if (!media?.schema) gaps.push(`${id} ${code}: no ${PROBLEM} schema`);
        else if (media.example === undefined && !Object.keys(media.examples ?? {}).length)
          gaps.push(`${id} ${code}: no example`);
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}) as [string, Schema][]) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      figures.properties++;
      if (property.description?.trim()) figures.withPropertyDescription++;
      else gaps.push(`${name}.${key}: no description`);
      const hasExample = property.example !== undefined || property.examples !== undefined;
      if (hasExample) figures.withExample++;
      else if (needsExample(key, property)) gaps.push(`${name}.${key}: no example`);
    }
  }
  return { figures, gaps };
}

export function describeFigures(f: ContractFigures): string {
  return (
    `operations: ${f.operations}, with summary ${f.withSummary}, with description ${f.withDescription}, ` +
    `with 4xx responses ${f.with4xx}; schema properties: ${f.properties}, with description ` +
    `${f.withPropertyDescription}, with example ${f.withExample}; parameters: ${f.parameters}, with description ` +
    `${f.withParameterDescription}`
  );
}
