export { ChangeKind, ChangeRequest, ChangeRequestStatus } from './change-request.entity';
export { ChangeRequestsService } from './change-requests.service';
