import { RENDERER_URL_PARAM, chooseRenderer, type RendererName } from './renderer-choice';

/** What WebGL 2 says it draws with (the real GPU where the browser tells), or null without it. */
export function probeWebglRenderer(): string | null {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return null;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } finally {
    // Browsers cap the live WebGL contexts of a page; this one has done its job.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

/** The renderer for this page: the address's `?renderer=` if valid, else what the GPU allows. */
export function chooseRendererForPage(): RendererName {
  const override = new URLSearchParams(window.location.search).get(RENDERER_URL_PARAM);
  const choice = chooseRenderer(override, probeWebglRenderer());
  if (choice.warning) console.warn(choice.warning);
  return choice.name;
}
