import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { Public } from '../auth/decorators';

/** What `GET /api` answers: where to go from the API's root. */
export interface ApiIndex {
  name: string;
  links: {
    /** Swagger UI; only when API_DOCS is public. */
    docs?: string;
    /** The OpenAPI document (JSON); only when API_DOCS is public. */
    openapi?: string;
    health: string;
  };
}

/**
 * The API's root: links to the docs page, the OpenAPI document and health, so a client that starts at `/api` finds
 * the contract. With API_DOCS off it links only health (the docs answer 404 then). Not an operation of the contract
 * itself, so it stays out of the OpenAPI document.
 */
@Public()
@Controller()
export class ApiIndexController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiExcludeEndpoint()
  index(): ApiIndex {
    const docs =
      this.config.apiDocs === 'public' ? { docs: '/api/docs', openapi: '/api/docs/openapi.json' } : {};
    return { name: 'Tilskudd API', links: { ...docs, health: '/api/health' } };
  }
}
