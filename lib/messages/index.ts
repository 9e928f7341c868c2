export * from './schema';
export * from './sender';
export { send } from './send';
