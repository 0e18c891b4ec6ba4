export { AccountMailService } from './account-mail.service';
export { AccountsService } from './accounts.service';
export { LoginNoticesService } from './login-notices.service';
export type { LoginNoticeKind } from './login-notices.service';
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';
export { hashPassword } from './passwords';
export { User } from './user.entity';
export { UsersService } from './users.service';
