export { AUDIT_TABLE_PRIVILEGES, verifyAuditChain } from './audit-chain';
export { AuditService, recordAudit } from './audit.service';
