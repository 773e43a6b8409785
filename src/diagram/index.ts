export { renderDiagramSvg, diagramText, type DiagramText } from './svg';
export { renderDiagramPng, renderDiagramPngAsync, DEFAULT_PNG_WIDTH } from './png';
export { diagramForScenario, type DiagramFormat } from './scenario';
export { fontCoverage } from './fonts';
export { diagramForTriage, observedRoutes, renderTriageSvg } from './triage';
export type { DiagramOptions } from './svg';
