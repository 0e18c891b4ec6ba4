import type { OpenAPIObject } from '@nestjs/swagger';
import { checkContract } from './openapi-contract';

const problem = {
  description: 'Ikke funnet',
  content: {
    'application/problem+json': {
      schema: { $ref: '#/components/schemas/ProblemResponse' },
      examples: { notFound: { value: { status: 404 } } },
    },
  },
};

function documentWith(operation: object, properties: object): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: { '/api/things/{id}': { get: operation } },
    components: { schemas: { Thing: { type: 'object', properties } } },
  } as unknown as OpenAPIObject;
}

describe('the OpenAPI contract check', () => {
  it('passes an operation and schema that say everything, and counts them', () => {
    const { figures, gaps } = checkContract(
      documentWith(
        {
          summary: 'A thing',
          description: 'Members only.',
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path', description: "The thing's id." }],
          responses: { '200': { description: '' }, '401': problem, '404': problem },
        },
        { amountOre: { type: 'integer', description: 'Amount in øre.', example: 450000 } },
      ),
    );
    expect(gaps).toEqual([]);
    expect(figures).toEqual({
      operations: 1,
      withSummary: 1,
      withDescription: 1,
      with4xx: 1,
      properties: 1,
      withPropertyDescription: 1,
      withExample: 1,
      parameters: 1,
      withParameterDescription: 1,
    });
  });

  it('names every gap: summary, rules, error responses, 401, problem schema and example, descriptions', () => {
    const { figures, gaps } = checkContract(
      documentWith(
        {
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path' }],
          responses: { '200': { description: '' }, '404': { description: 'Not found' } },
        },
        { amountOre: { type: 'integer' }, name: { type: 'string', description: 'The name.' } },
      ),
    );
    expect(gaps).toEqual([
      'GET /api/things/{id}: no summary',
      'GET /api/things/{id}: no description (the rules it enforces)',
      'GET /api/things/{id}: authenticated but no 401 response',
      'GET /api/things/{id}: path parameter id has no description',
      'GET /api/things/{id} 404: no application/problem+json schema',
      'Thing.amountOre: no description',
      'Thing.amountOre: no example',
    ]);
    expect(figures).toMatchObject({ operations: 1, withSummary: 0, with4xx: 1, withPropertyDescription: 1 });
  });

  it('wants at least one error response per operation', () => {
    const { gaps } = checkContract(
      documentWith({ summary: 's', description: 'd', responses: { '200': { description: '' } } }, {}),
    );
    expect(gaps).toEqual(['GET /api/things/{id}: no error responses']);
  });
});
