// Exports of the current view: images and data files. The canvas hands over an ExportSource.
export { ExportMenu } from './components/export-menu';
