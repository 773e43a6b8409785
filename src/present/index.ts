export * from './answer';
export * from './links';
export * from './routes';
export * from './explanation';
export * from './focus';
export * from './triage';
export * from './depends';
export * from './why';
