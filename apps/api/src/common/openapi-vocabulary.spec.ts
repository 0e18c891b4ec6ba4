import type { OpenAPIObject } from '@nestjs/swagger';
import { applyVocabulary, ORE_NOTE } from './openapi-vocabulary';

function document(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/applications/{id}': {
        get: { parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }], responses: {} },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          properties: {
            requestedAmountOre: { type: 'integer', description: 'Amount applied for.' },
            kinds: {
              type: 'array',
              items: {
                type: 'string',
                enum: ['statutes', 'annual_accounts', 'annual_report', 'budget', 'other'],
              },
            },
            periodStart: { type: 'string', format: 'date' },
          },
        },
      },
    },
  } as unknown as OpenAPIObject;
}

describe('the vocabulary the OpenAPI document says the same way everywhere', () => {
  const doc = applyVocabulary(document());
  const props = (doc.components!.schemas!.Thing as { properties: Record<string, Record<string, unknown>> })
    .properties;

  it('says that every …Ore amount is øre, with an example, so nobody sends kroner', () => {
    expect(props.requestedAmountOre.description).toBe(`Amount applied for. ${ORE_NOTE}`);
    expect(props.requestedAmountOre.example).toBe(450000);
  });

  it('lists enum codes with the Norwegian names the error messages use', () => {
    expect(props.kinds.description).toContain('`annual_accounts` = årsregnskap');
    expect((props.kinds.items as Record<string, unknown>)['x-enum-descriptions']).toEqual([
      'vedtekter',
      'årsregnskap',
      'årsberetning',
      'budsjett',
      'annet',
    ]);
  });

  it('gives dates an example and names the record behind a path id', () => {
    expect(props.periodStart.example).toBe('2027-03-01');
    const parameter = (doc.paths['/api/applications/{id}'].get!.parameters![0] as { description: string })
      .description;
    expect(parameter).toMatch(/^The application's id \(UUID\)/);
  });
});
