export { NodeDetails } from './components/node-details';
export { EdgeDetails } from './components/edge-details';
export { PairDetails } from './components/pair-details';
export { useStatementSteps, type StatementSteps } from './use-statement-steps';
