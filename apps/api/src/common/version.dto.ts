import { VersionField } from './fields';

/** Body of a transition: only the version the client last read. */
export class VersionRequest {
  @VersionField()
  version!: number;
}
