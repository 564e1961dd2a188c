export * from "./types";
export * from "./a1";
export * from "./labels";
export * from "./quarters";
export * from "./reportLayout";
export * from "./periodFormulas";
export * from "./sheetNaming";
export * from "./progressBlock";
