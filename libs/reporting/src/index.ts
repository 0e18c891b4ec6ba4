export * from './awards/award-list.service';
export * from './ledger/budget-ledger.service';
export * from './files/tables';
export * from './reporting.module';
export * from './statistics/small-cells';
export * from './statistics/statistics.service';
