// The local web page channel: the same bot in process, a small page with Microsoft's Adaptive Cards renderer, and
// the diagram routes.
export { registerWebChannel, CONVERSATIONS_PATH, WEB_MESSAGES_PATH, STRINGS_PATH, type WebChannelDeps } from './routes';
export { DIAGRAM_ROUTE, registerDiagramRoute } from './diagramRoute';
export { WebAdapter } from './adapter';
export { MAX_TEXT_LENGTH } from './request';
