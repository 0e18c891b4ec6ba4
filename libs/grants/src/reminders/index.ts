export { RemindersService } from './reminders.service';
