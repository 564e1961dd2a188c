export * from "./problems";
export * from "./normalizeRow";
export * from "./validateTable";
