import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { createVirusScanner, VirusScanner } from './virus-scanner';

/** The process's VirusScanner: clamd (CLAMAV=on, the default) or none at all (CLAMAV=off). */
@Module({
  providers: [
    {
      provide: VirusScanner,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createVirusScanner(config.virusScan),
    },
  ],
  exports: [VirusScanner],
})
export class VirusScanModule {}
