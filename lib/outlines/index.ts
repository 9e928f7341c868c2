export * from './ids';
export * from './schema';
export * from './lookup';
export { SHIPPED_OUTLINES } from './shipped';
export * from './distribution';
export * from './names';
