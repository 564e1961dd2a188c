export * from "./columns";
export * from "./headers";
export * from "./enums";
export * from "./countries";
export * from "./currencies";
export * from "./dates";
export * from "./text";
export * from "./ids";
