export * from './answer';
export * from './explanation';
