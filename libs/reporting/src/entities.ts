/** Entities owned by libs/reporting; registered with the data source next to the grants entities. */
export const reportingEntities: never[] = [];
