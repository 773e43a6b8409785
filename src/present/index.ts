export * from './answer';
export * from './explanation';
export * from './focus';
