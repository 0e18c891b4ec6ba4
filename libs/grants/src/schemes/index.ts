export { AttachmentKind, GrantScheme, GrantType, PriorReportRule } from './grant-scheme.entity';
export type { ReportIndicator } from './grant-scheme.entity';
export { SchemesService } from './schemes.service';
export { checkScheme } from './schemes.service';
