// The layout extensions ship no typings; they are plain cytoscape extensions.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-dagre' {
  import type { Ext } from 'cytoscape';
  const dagre: Ext;
  export default dagre;
}
