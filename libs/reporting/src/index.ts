export * from './statistics/small-cells';
export * from './reporting.module';
export * from './entities';
