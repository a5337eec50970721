export * from './model';
export * from './ids';
export * from './bundle';
export * from './api';
export * from './cypher-schema';
export * from './view-state';
export * from './view-state-url';
export * from './article';
