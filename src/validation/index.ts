export * from "./problems";
export * from "./normalizeRow";
export * from "./validateTable";
export * from "./progressRules";
export * from "./normalizeProgressRow";
export * from "./ledgerRules";
